package io.github.chargallery.gallery.model;

import io.github.chargallery.card.LorebookEntry;
import io.github.chargallery.card.CardField;
import io.github.chargallery.gallery.sync.Jobs;
import io.github.chargallery.library.CardSummary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The card editor's state for the selected card: the draft the user is changing, whether it differs
 * from the file, and the commands (edit, change a field, a greeting, a lorebook entry, save, cancel).
 * The view binds to the read-only properties and calls the commands; it never changes the draft
 * itself. Reading the card into a draft runs on the background executor; everything here is FX
 * thread. Read-only until {@link #edit()}: the commands that change the draft do nothing before it.
 */
public final class CardEditorModel {
    /** What the user chose when asked about unsaved changes. */
    public enum Leave { SAVE, DISCARD, STAY }

    /** What the user chose when the file changed on disk since it was read. */
    public enum Conflict { SAVE_AS_COPY, OVERWRITE, CANCEL }

    private final Jobs jobs;
    private final ReadOnlyObjectWrapper<CardDetail> detail = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<CardDraft> base = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<CardDraft> draft = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper prettyJson = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyIntegerWrapper assetCount = new javafx.beans.property.ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper rawMode = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper();
    private Supplier<Leave> askLeave = () -> Leave.STAY;
    private java.util.function.BiConsumer<String, java.util.function.Consumer<Conflict>> askConflict =
            (file, answer) -> answer.accept(Conflict.CANCEL);
    private long loads;
    private EditorSaving.Loaded opened;
    private final javafx.collections.ObservableList<io.github.chargallery.library.HistoryVersion> history =
            javafx.collections.FXCollections.observableArrayList();
    private final javafx.collections.ObservableList<io.github.chargallery.library.HistoryVersion> readOnlyHistory =
            javafx.collections.FXCollections.unmodifiableObservableList(history);
    final EditorSaving saving;
    private final EditorExport exports;

    CardEditorModel(Jobs jobs, EditorSaving saving) {
        this.jobs = jobs;
        this.saving = saving;
        this.exports = new EditorExport(jobs);
        saving.attach(this);
    }

    // ---- what is shown ----

    /** The card the gallery shows now (from the index row and its file); the editor follows it unless editing. */
    void show(CardDetail d) {
        CardDetail was = detail.get();
        boolean sameCard = was != null && d != null && was.summary().id() == d.summary().id();
        if (sameCard && editing.get()) {
            // the row changed under an open edit (a favourite, a tag, or a scan found the file changed):
            // the draft stays; a changed file is caught as a conflict when saving
            detail.set(new CardDetail(d.summary(), was.card(), was.error()));
            return;
        }
        detail.set(d);
        if (sameCard && was.card() == d.card()) {
            return; // same card read: a newer row (favourite, tag) leaves the draft as it is
        }
        if (!sameCard) {
            message.set(null);
        }
        reload(d, sameCard);
    }

    /**
     * Reads the shown card again for editing: the file's version, the draft, the JSON, the kept versions.
     *
     * @param sameCard the card shown already: its values stay on screen until read again
     */
    void reload(CardDetail d, boolean sameCard) {
        long load = ++loads;
        editing.set(false);
        rawMode.set(false);
        dirty.set(false);
        opened = null; // no Edit until read again
        if (!sameCard || d == null || d.card() == null) {
            // another card: nothing of the last one stays on screen; the same card stays shown while it is read again
            base.set(null);
            draft.set(null);
            prettyJson.set("");
            assetCount.set(0);
            history.clear();
        } else {
            draft.set(base.get());
        }
        if (d == null || d.card() == null) {
            return;
        }
        CardSummary s = d.summary();
        Path file = s.offline() || s.files().isEmpty() ? null : s.files().get(0);
        jobs.inBackground("read the card " + s.name(), () -> {
            EditorSaving.Loaded l = saving.open(file, d.card());
            jobs.onFx(() -> {
                if (load == loads) {
                    opened = l;
                    assetCount.set(l.assets());
                    base.set(l.draft());
                    draft.set(l.draft());
                    prettyJson.set(l.prettyJson());
                    history.setAll(l.history());
                }
            });
        });
    }

    // ---- commands ----

    /** Makes the card editable (when it was read). */
    public void edit() {
        if (draft.get() != null && !editing.get() && opened != null && opened.version() != null) {
            editing.set(true);
            message.set(null);
        }
    }

    /** Throws the changes away: the card as read from its file, read-only again. */
    public void cancel() {
        draft.set(base.get());
        editing.set(false);
        rawMode.set(false);
        dirty.set(false);
        message.set(null);
    }

    public void setField(CardField field, String value) {
        change(d -> d.with(field, value == null ? "" : value));
    }

    /** Tags as typed: separated by commas, blanks and repeats dropped. */
    public void setTags(String commaSeparated) {
        List<String> tags = new ArrayList<>();
        for (String t : commaSeparated.split(",")) {
            String s = t.strip();
            if (!s.isEmpty() && !tags.contains(s)) {
                tags.add(s);
            }
        }
        change(d -> d.withTags(tags));
    }

    /** @param groupOnly the V3 greetings used only in group chats, else the alternate greetings */
    public void addGreeting(boolean groupOnly) {
        changeGreetings(groupOnly, g -> ListEdits.add(g, ""));
    }

    public void setGreeting(boolean groupOnly, int index, String text) {
        changeGreetings(groupOnly, g -> ListEdits.set(g, index, text == null ? "" : text));
    }

    public void removeGreeting(boolean groupOnly, int index) {
        changeGreetings(groupOnly, g -> ListEdits.remove(g, index));
    }

    /** Moves a greeting one place up (-1) or down (+1). */
    public void moveGreeting(boolean groupOnly, int index, int by) {
        changeGreetings(groupOnly, g -> ListEdits.move(g, index, by));
    }

    public void addLoreEntry() {
        change(d -> {
            int order = d.lorebook().stream().mapToInt(LorebookEntry::insertionOrder).max().orElse(90) + 10;
            return d.withLorebook(ListEdits.add(d.lorebook(), LorebookEntry.create(List.of(), "").withInsertionOrder(order)));
        });
    }

    public void setLoreEntry(int index, LorebookEntry entry) {
        change(d -> d.withLorebook(ListEdits.set(d.lorebook(), index, entry)));
    }

    public void removeLoreEntry(int index) {
        change(d -> d.withLorebook(ListEdits.remove(d.lorebook(), index)));
    }

    /**
     * Switches to editing the whole JSON (checked when saving), starting from the card's JSON as read; the
     * form's fields are read-only meanwhile. Refused while the form has unsaved changes (they would not be
     * in the JSON shown). Off again: back to the form, the raw text dropped.
     */
    public void setRawMode(boolean on) {
        if (!editing.get() || on == rawMode.get()) {
            return;
        }
        if (on && dirty.get()) {
            message.set("Save or cancel the changes made in the other tabs first: the raw JSON starts from the card as saved.");
            rawMode.set(false);
            return;
        }
        rawMode.set(on);
        CardDraft d = draft.get();
        draft.set(on ? d.withRawJson(prettyJson.get()) : base.get());
        dirty.set(differs(draft.get()));
    }

    public void setRawJson(String json) {
        if (rawMode.get()) {
            change(d -> d.withRawJson(json));
        }
    }

    /** Saves the draft into the card's file (see {@link EditorSaving}); Ctrl+S. */
    public void save() {
        saving.save(null);
    }

    /** Brings back kept version {@code number} of the card's file (the file as it is now is kept first). */
    public void revert(int number) {
        saving.revert(number);
    }

    /** "Replace picture" (a PNG card): the card carried onto the picture in {@code image} (PNG, JPEG, GIF, BMP). */
    public void replacePicture(Path image) {
        saving.replacePicture(image);
    }

    /** "Save as PNG card" (a JSON or CHARX card): a new PNG card beside it on the picture in {@code image}. */
    public void saveAsPng(Path image) {
        saving.saveAsPng(image);
    }

    /**
     * Writes the card's file (as saved) into {@code folder} as a new card file of that kind and spec
     * (never over an existing file: a taken name gets a number); the message says where.
     *
     * @param spec V2 or V3; null for the card's own (V1 as V2)
     */
    public void export(io.github.chargallery.card.CardExport.To to, io.github.chargallery.card.Spec spec, java.nio.file.Path folder) {
        exports.export(this, to, spec, folder);
    }

    /**
     * Before the shown card is left (another card selected, the window closed): runs {@code then} at
     * once when nothing is unsaved; else asks the user, then saves first, or discards, or stays.
     */
    public void leave(Runnable then) {
        if (!dirty.get()) {
            then.run();
            return;
        }
        switch (askLeave.get()) {
            case SAVE -> saving.save(then);
            case DISCARD -> {
                cancel();
                then.run();
            }
            case STAY -> { }
        }
    }

    /** How the view asks about unsaved changes (a dialog); FX thread. */
    public void setLeaveQuestion(Supplier<Leave> ask) {
        this.askLeave = ask;
    }

    /**
     * How the view asks what to do when the file changed on disk: given the file's name and where the
     * answer goes (FX thread; the question comes during a pulse, so a dialog is shown after it).
     */
    public void setConflictQuestion(java.util.function.BiConsumer<String, java.util.function.Consumer<Conflict>> ask) {
        this.askConflict = ask;
    }

    void askConflict(String fileName, java.util.function.Consumer<Conflict> answer) {
        askConflict.accept(fileName, answer);
    }

    public void dismissMessage() {
        message.set(null);
    }

    private void change(java.util.function.UnaryOperator<CardDraft> how) {
        CardDraft d = draft.get();
        if (!editing.get() || d == null) {
            return;
        }
        CardDraft next = how.apply(d);
        draft.set(next);
        dirty.set(differs(next));
    }

    /** Whether saving this draft would change the card: the raw text edited, or a value of the form. */
    private boolean differs(CardDraft d) {
        if (d.rawJson() != null) {
            return !d.rawJson().equals(prettyJson.get());
        }
        return !d.equals(base.get());
    }

    private void changeGreetings(boolean groupOnly, java.util.function.UnaryOperator<List<String>> how) {
        change(d -> groupOnly ? d.withGroupOnlyGreetings(how.apply(d.groupOnlyGreetings()))
                : d.withAlternateGreetings(how.apply(d.alternateGreetings())));
    }

    // ---- for EditorSaving (same package) ----

    void saved(CardDraft now) {
        base.set(now);
        draft.set(now);
        editing.set(false);
        rawMode.set(false);
        dirty.set(false);
    }

    /** The card as it was opened for editing (null while it is read). */
    EditorSaving.Loaded opened() {
        return opened;
    }

    void setBusy(boolean on) {
        busy.set(on);
    }

    void say(String text) {
        message.set(text);
    }

    Jobs jobs() {
        return jobs;
    }

    // ---- state ----

    public ReadOnlyObjectProperty<CardDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** The card's values as the file holds them (null until read). */
    public ReadOnlyObjectProperty<CardDraft> baseProperty() {
        return base.getReadOnlyProperty();
    }

    /** The values the user sees and changes (null until read). */
    public ReadOnlyObjectProperty<CardDraft> draftProperty() {
        return draft.getReadOnlyProperty();
    }

    /** The versions of the card's file kept before earlier saves, newest first (number 1 is the last one). */
    public javafx.collections.ObservableList<io.github.chargallery.library.HistoryVersion> history() {
        return readOnlyHistory;
    }

    /** The card's JSON as read, indented. */
    public ReadOnlyStringProperty prettyJsonProperty() {
        return prettyJson.getReadOnlyProperty();
    }

    /** How many assets (V3 {@code assets}) the card lists. */
    public javafx.beans.property.ReadOnlyIntegerProperty assetCountProperty() {
        return assetCount.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty rawModeProperty() {
        return rawMode.getReadOnlyProperty();
    }

    /** The draft differs from the file: there is something to save. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** A save, revert or export is running. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What the user is told about the last command (refused, saved, exported), or null. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    CardSummary shownCard() {
        CardDetail d = detail.get();
        return d == null ? null : d.summary();
    }
}
