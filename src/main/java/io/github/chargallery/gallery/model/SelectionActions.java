package io.github.chargallery.gallery.model;

import io.github.chargallery.card.CardExport;
import io.github.chargallery.card.CardFormatException;
import io.github.chargallery.card.EditRefusedException;
import io.github.chargallery.card.FileNames;
import io.github.chargallery.gallery.sync.CardList;
import io.github.chargallery.gallery.sync.Jobs;
import io.github.chargallery.library.BulkEdits;
import io.github.chargallery.library.CardLibrary;
import io.github.chargallery.library.CardSummary;
import io.github.chargallery.library.Patch;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * What can be done to every selected card at once: favourite, user tags, export, the trash, SillyTavern.
 * An edit of the user's data is one library transaction on the background thread ({@link BulkEdits}) and
 * arrives in the grid as one patch (one list change), then can be undone from the bar under the toolbar
 * ("Tagged 500 cards “x” — Undo"). The trash goes through {@link Cleanup} (its own bar and undo), sending
 * through {@link SillyTavernModel}. FX thread.
 */
public final class SelectionActions {
    /** Selections this big show a progress bar while their action runs. */
    public static final int LARGE = 200;

    /** What the last action did, and whether {@link #undo} can take it back. */
    public record Outcome(String text, boolean undoable) {
    }

    private final CardLibrary library;
    private final Jobs jobs;
    private final CardList cards;
    private final Selection selection;
    private final Cleanup cleanup;
    private final SillyTavernModel sillyTavern;
    private final Runnable recountTags;
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private Runnable undo;

    SelectionActions(CardLibrary library, Jobs jobs, CardList cards, Selection selection, Cleanup cleanup,
            SillyTavernModel sillyTavern, Runnable recountTags) {
        this.library = library;
        this.jobs = jobs;
        this.cards = cards;
        this.selection = selection;
        this.cleanup = cleanup;
        this.sillyTavern = sillyTavern;
        this.recountTags = recountTags;
    }

    // ---- the user's data: one transaction each, undoable ----

    public void setFavorite(boolean favorite) {
        String how = favorite ? "Marked %s as favourites" : "Unmarked %s as favourites";
        edit(how, c -> c.favorite() != favorite, c -> c.withFavorite(favorite),
                (b, ids) -> b.setFavorite(ids, favorite), (b, ids) -> b.setFavorite(ids, !favorite),
                c -> c.withFavorite(!favorite));
    }

    /** Adds a user tag to every selected card that lacks it (in any letter case). */
    public void addTag(String tag) {
        String t = tag == null ? "" : tag.strip();
        if (t.isEmpty()) {
            return;
        }
        edit("Tagged %s “" + t + "”", c -> !Tags.hasIgnoringCase(c.userTags(), t), c -> Tags.with(c, t),
                (b, ids) -> b.addUserTag(ids, t), (b, ids) -> b.removeUserTag(ids, t), c -> Tags.without(c, t));
    }

    public void removeTag(String tag) {
        String t = tag == null ? "" : tag.strip();
        if (t.isEmpty()) {
            return;
        }
        edit("Took “" + t + "” off %s", c -> Tags.hasIgnoringCase(c.userTags(), t), c -> Tags.without(c, t),
                (b, ids) -> b.removeUserTag(ids, t), (b, ids) -> b.addUserTag(ids, t), c -> Tags.with(c, t));
    }

    private interface Write {
        void run(BulkEdits bulk, List<Long> ids);
    }

    /**
     * The cards {@code applies} to change by {@code change}: written in one transaction, then shown in one
     * patch; undo writes {@code inverse} on the same cards and shows {@code back}.
     */
    private void edit(String done, Predicate<CardSummary> applies, UnaryOperator<CardSummary> change, Write write,
            Write inverse, UnaryOperator<CardSummary> back) {
        List<CardSummary> chosen = selection.cards();
        List<Long> ids = chosen.stream().filter(applies).map(CardSummary::id).toList();
        if (chosen.isEmpty() || busy.get()) {
            return;
        }
        if (ids.isEmpty()) {
            outcome.set(new Outcome("Nothing to change: " + done.formatted(Fmt.plural(chosen.size(), "card", "cards"))
                    .toLowerCase(java.util.Locale.ROOT) + " already", false));
            return;
        }
        String text = done.formatted(Fmt.plural(ids.size(), "card", "cards"));
        run(text, ids, write, change, () -> run("Undone: " + text, ids, inverse, back, null));
    }

    private void run(String text, List<Long> ids, Write write, UnaryOperator<CardSummary> change, Runnable undoIt) {
        start();
        BulkEdits bulk = library.bulkEdits();
        jobs.inBackground("save the change to " + Fmt.plural(ids.size(), "card", "cards"), () -> {
            try {
                write.run(bulk, ids);
            } finally {
                jobs.onFx(() -> busy.set(false));
            }
            jobs.onFx(() -> {
                List<CardSummary> rows = new ArrayList<>(ids.size());
                for (long id : ids) {
                    CardSummary now = cards.get(id); // as the grid holds it now: a sync may have updated it
                    if (now != null) {
                        rows.add(change.apply(now));
                    }
                }
                cards.apply(List.of(new Patch(List.of(), rows, List.of())));
                recountTags.run();
                undo = undoIt;
                outcome.set(new Outcome(text, undoIt != null));
            });
        });
    }

    /** Takes back the last edit of the user's data. */
    public void undo() {
        Runnable u = undo;
        undo = null;
        if (u != null && !busy.get()) {
            u.run();
        }
    }

    public void dismiss() {
        undo = null;
        outcome.set(null);
    }

    // ---- files: export, trash, SillyTavern ----

    /** Writes every selected card into {@code folder} as a PNG card of its own spec; never overwrites. */
    public void export(Path folder) {
        List<CardSummary> chosen = selection.cards().stream().filter(c -> !c.isError() && !c.files().isEmpty()).toList();
        if (chosen.isEmpty() || busy.get()) {
            return;
        }
        start();
        jobs.inBackground("export the selected cards", () -> {
            int done = 0;
            List<String> failed = new ArrayList<>();
            for (CardSummary c : chosen) {
                Path file = c.files().get(0);
                try {
                    CardExport.export(file, CardExport.To.PNG, null, folder, Instant.now());
                } catch (CardFormatException e) {
                    failed.add(FileNames.display(file.getFileName()) + ": " + e.reason());
                } catch (EditRefusedException | IOException | RuntimeException e) {
                    failed.add(c.name() + ": " + Objects.requireNonNullElse(e.getMessage(), e.toString()));
                }
                done++;
                double p = done / (double) chosen.size();
                if (done % 25 == 0) {
                    jobs.onFx(() -> progress.set(p));
                }
            }
            int ok = chosen.size() - failed.size();
            String text = "Exported " + Fmt.plural(ok, "card", "cards") + " to " + FileNames.display(folder)
                    + (failed.isEmpty() ? "" : "; not exported: " + failed.get(0)
                    + (failed.size() > 1 ? " and " + (failed.size() - 1) + " more" : ""));
            jobs.onFx(() -> {
                busy.set(false);
                undo = null;
                outcome.set(new Outcome(text, false));
            });
        });
    }

    /** Moves the selected cards' files to the trash ({@link Cleanup}: its bar offers the undo). */
    public void moveToTrash() {
        List<CardSummary> chosen = selection.cards();
        if (!chosen.isEmpty()) {
            cleanup.moveToTrash(chosen);
        }
    }

    public void sendToSillyTavern() {
        List<CardSummary> chosen = selection.cards().stream().filter(c -> !c.isError()).toList();
        if (!chosen.isEmpty()) {
            sillyTavern.sendAll(chosen);
        }
    }

    private void start() {
        busy.set(true);
        progress.set(-1);
    }

    // ---- state the view binds to ----

    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The running action's progress, 0..1, or -1 while not known (one transaction has no steps). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
