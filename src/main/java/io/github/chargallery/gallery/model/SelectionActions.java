package io.github.chargallery.gallery.model;

import io.github.chargallery.card.CardExport;
import io.github.chargallery.card.CardFormatException;
import io.github.chargallery.card.EditRefusedException;
import io.github.chargallery.card.FileNames;
import io.github.chargallery.gallery.sync.CardList;
import io.github.chargallery.gallery.sync.Jobs;
import io.github.chargallery.library.BulkEdits;
import io.github.chargallery.library.Collections;
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
import javafx.collections.ObservableList;

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
    private final CollectionsModel collections;

    SelectionActions(CardLibrary library, Jobs jobs, CardList cards, Selection selection, Cleanup cleanup,
            SillyTavernModel sillyTavern, CollectionsModel collections, Runnable recountTags) {
        this.library = library;
        this.jobs = jobs;
        this.cards = cards;
        this.selection = selection;
        this.cleanup = cleanup;
        this.sillyTavern = sillyTavern;
        this.recountTags = recountTags;
        this.collections = collections;
    }

    // ---- the user's data: one transaction each, undoable ----

    public void setFavorite(boolean favorite) {
        String how = favorite ? "Marked %s as favourites" : "Unmarked %s as favourites";
        edit(selection.cards(), how, c -> c.favorite() != favorite, c -> c.withFavorite(favorite),
                ids -> library.bulkEdits().setFavorite(ids, favorite),
                ids -> library.bulkEdits().setFavorite(ids, !favorite), c -> c.withFavorite(!favorite));
    }

    /** Adds a user tag to every selected card that lacks it (in any letter case). */
    public void addTag(String tag) {
        String t = tag == null ? "" : tag.strip();
        if (t.isEmpty()) {
            return;
        }
        edit(selection.cards(), "Tagged %s “" + t + "”", c -> !hasIgnoringCase(c.userTags(), t), c -> withTag(c, t),
                ids -> library.bulkEdits().addUserTag(ids, t), ids -> library.bulkEdits().removeUserTag(ids, t),
                c -> withoutTag(c, t));
    }

    public void removeTag(String tag) {
        String t = tag == null ? "" : tag.strip();
        if (t.isEmpty()) {
            return;
        }
        edit(selection.cards(), "Took “" + t + "” off %s", c -> hasIgnoringCase(c.userTags(), t),
                c -> withoutTag(c, t), ids -> library.bulkEdits().removeUserTag(ids, t),
                ids -> library.bulkEdits().addUserTag(ids, t), c -> withTag(c, t));
    }

    /** One library transaction on these card ids (background thread). */
    private interface Write {
        void run(List<Long> ids);
    }

    /**
     * The cards {@code applies} to change by {@code change}: written in one transaction, then shown in one
     * patch; undo writes {@code inverse} on the same cards and shows {@code back}.
     */
    private void edit(List<CardSummary> chosen, String done, Predicate<CardSummary> applies,
            UnaryOperator<CardSummary> change, Write write, Write inverse, UnaryOperator<CardSummary> back) {
        List<Long> ids = chosen.stream().filter(applies).map(CardSummary::id).toList();
        if (chosen.isEmpty() || busy.get()) {
            return;
        }
        if (ids.isEmpty()) {
            String all = done.formatted(Fmt.plural(chosen.size(), "card", "cards"));
            // only the first letter lowered: a tag or collection name keeps its case
            outcome.set(new Outcome("Nothing to change: " + all.substring(0, 1).toLowerCase(java.util.Locale.ROOT)
                    + all.substring(1) + " already", false));
            return;
        }
        String text = done.formatted(Fmt.plural(ids.size(), "card", "cards"));
        run(text, ids, write, change, () -> run("Undone: " + text, ids, inverse, back, null));
    }

    private void run(String text, List<Long> ids, Write write, UnaryOperator<CardSummary> change, Runnable undoIt) {
        start();
        jobs.inBackground("save the change to " + Fmt.plural(ids.size(), "card", "cards"), () -> {
            try {
                write.run(ids);
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

    // ---- collections ----

    /** Adds the selected cards to the collection, making it first when there is none of this name. */
    public void addToCollection(String name) {
        String n = name == null ? "" : name.strip();
        List<CardSummary> chosen = selection.cards();
        if (n.isEmpty() || chosen.isEmpty() || library.collections() == null) {
            return;
        }
        jobs.inBackground("make the collection “" + n + "”", () -> {
            Collections.Info info = library.collections().find(n).orElseGet(() -> library.collections().create(n));
            jobs.onFx(() -> {
                collections.reload(); // a new one shows in the sidebar and the panel's choices
                addToCollection(info, chosen);
            });
        });
    }

    /** Adds these cards (a drop of dragged tiles, say) to a plain collection; undoable. */
    public void addToCollection(Collections.Info collection, List<CardSummary> chosen) {
        long id = collection.id();
        String name = collection.name();
        edit(chosen, "Added %s to “" + name + "”", c -> !c.collections().contains(id), c -> inCollection(c, id, true),
                ids -> library.collections().add(name, ids), ids -> library.collections().remove(name, ids),
                c -> inCollection(c, id, false));
    }

    /** The cards a drag carries ({@link CardDrag}), as the grid holds them; ids it no longer has are left out. */
    public List<CardSummary> cardsOf(List<Long> ids) {
        return ids.stream().map(cards::get).filter(Objects::nonNull).toList();
    }

    /** Takes the selected cards out of a plain collection (they stay in the library); undoable. */
    public void removeFromCollection(Collections.Info collection) {
        long id = collection.id();
        String name = collection.name();
        edit(selection.cards(), "Took %s out of “" + name + "”", c -> c.collections().contains(id),
                c -> inCollection(c, id, false), ids -> library.collections().remove(name, ids),
                ids -> library.collections().add(name, ids), c -> inCollection(c, id, true));
    }

    /** Reads the collections again for the panel's choices (background). */
    public void reloadCollections() {
        collections.reload();
    }

    /** The plain collections (smart ones pick their own cards), as last read. */
    public ObservableList<Collections.Info> collections() {
        return collections.plainCollections();
    }

    private static CardSummary inCollection(CardSummary c, long collection, boolean in) {
        List<Long> ids = new ArrayList<>(c.collections());
        ids.remove(collection);
        if (in) {
            ids.add(collection);
            java.util.Collections.sort(ids);
        }
        return c.withCollections(ids);
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

    /** Whether the list holds the tag in some letter case (the index keeps user tags unique that way). */
    private static boolean hasIgnoringCase(List<String> tags, String tag) {
        return tags.stream().anyMatch(t -> t.equalsIgnoreCase(tag));
    }

    private static CardSummary withTag(CardSummary c, String tag) {
        if (hasIgnoringCase(c.userTags(), tag)) {
            return c;
        }
        List<String> tags = new ArrayList<>(c.userTags());
        tags.add(tag);
        return c.withUserTags(tags);
    }

    private static CardSummary withoutTag(CardSummary c, String tag) {
        return c.withUserTags(c.userTags().stream().filter(t -> !t.equalsIgnoreCase(tag)).toList());
    }
}
