package io.github.chargallery.gallery.model;

import io.github.chargallery.card.Card;
import io.github.chargallery.card.CardChanges;
import io.github.chargallery.card.CardEditor;
import io.github.chargallery.card.CardField;
import io.github.chargallery.card.FileNames;
import io.github.chargallery.gallery.sync.CardList;
import io.github.chargallery.gallery.sync.Jobs;
import io.github.chargallery.library.CardSaver;
import io.github.chargallery.library.FileVersion;
import io.github.chargallery.library.HistoryVersion;
import io.github.chargallery.library.OpenedCard;
import io.github.chargallery.library.SaveException;
import io.github.chargallery.library.Saved;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The editor's writes, through the library's {@link CardSaver} on the background executor: Save (with the
 * question when the file changed on disk), Revert, Replace picture, Save as PNG card. The index row the
 * saver returns goes into the grid by the card list's patch path, so the tile and the search follow and
 * the card keeps its favourite and tags.
 */
final class EditorSaving {
    /** A card read for editing: what the draft starts from, and the file version a save must still find. */
    record Loaded(Card card, Path file, FileVersion version, CardDraft draft, String prettyJson, int assets,
            List<HistoryVersion> history) {
    }

    /** One write, to run on the background thread. */
    private interface Write {
        Saved run(CardSaver.OnConflict onConflict) throws SaveException, IOException;
    }

    private final CardSaver saver;
    private final CardList cards;
    private final Jobs jobs;
    private CardEditorModel editor;
    /** What the running write says when it worked (one write at a time: the editor is busy meanwhile). */
    private String said;

    /** @param saver null: cards can be read, not edited (a model without a data folder, in some tests) */
    EditorSaving(CardSaver saver, CardList cards, Jobs jobs) {
        this.saver = saver;
        this.cards = cards;
        this.jobs = jobs;
    }

    void attach(CardEditorModel e) {
        this.editor = e;
    }

    /**
     * Background: reads the card for editing with the version of its file; a card that cannot be opened so
     * (offline, gone, unreadable now) is shown as the gallery read it, and cannot be edited.
     */
    Loaded open(Path file, Card shown) {
        Card card = shown;
        FileVersion version = null;
        List<HistoryVersion> kept = List.of();
        if (saver != null && file != null) {
            try {
                OpenedCard o = saver.open(file);
                card = o.file().card();
                version = o.version();
                kept = saver.history(file);
            } catch (SaveException e) {
                // shown read-only, as the gallery read it
            }
        }
        return new Loaded(card, file, version, CardDraft.of(card), CardEditor.prettyJson(card),
                CardJsonParts.assetCount(card.json()), kept);
    }

    /** @param then run once the save succeeded (leaving the card), null for none */
    void save(Runnable then) {
        CardDraft d = editor.draftProperty().get();
        Loaded l = editor.opened();
        if (d == null || l == null || l.version() == null || !editor.editingProperty().get()
                || !editor.dirtyProperty().get() || editor.busyProperty().get()) {
            return;
        }
        if (d.rawJson() == null && d.get(CardField.NAME).isBlank()) {
            editor.say("Not saved: a card needs a name (front ends drop or mix up cards without one).");
            return;
        }
        CardChanges changes = d.changesFrom(editor.baseProperty().get());
        run("save " + l.file(), l, on -> saver.save(l.file(), l.version(), changes, on), then, null);
    }

    void revert(int number) {
        Loaded l = editor.opened();
        if (l == null || l.version() == null || editor.editingProperty().get() || editor.busyProperty().get()) {
            return;
        }
        run("revert " + l.file(), l, on -> saver.revert(l.file(), number), null,
                "Version " + number + " is back. The file as it was before is kept in the history too.");
    }

    void replacePicture(Path image) {
        Loaded l = editor.opened();
        if (l == null || l.version() == null || editor.editingProperty().get() || editor.busyProperty().get()) {
            return;
        }
        run("replace the picture of " + l.file(), l,
                on -> saver.replacePicture(l.file(), l.version(), PictureFile.png(image), on), null,
                "Picture replaced. The previous file is kept in the history.");
    }

    void saveAsPng(Path image) {
        Loaded l = editor.opened();
        if (l == null || l.version() == null || editor.editingProperty().get() || editor.busyProperty().get()) {
            return;
        }
        run("save " + l.file() + " as a PNG card", l, on -> saver.saveAsPng(l.file(), PictureFile.png(image)), null, null);
    }

    /** @param said what to tell the user when it worked; null: what a save says */
    private void run(String what, Loaded l, Write write, Runnable then, String said) {
        editor.setBusy(true);
        this.said = said;
        attempt(what, l, write, CardSaver.OnConflict.REFUSE, then);
    }

    private void attempt(String what, Loaded l, Write write, CardSaver.OnConflict on, Runnable then) {
        jobs.inBackground(what, () -> {
            Saved saved;
            try {
                saved = write.run(on);
            } catch (SaveException e) {
                jobs.onFx(() -> failed(what, l, write, e, then));
                return;
            } catch (IOException | RuntimeException e) {
                String why = e.getMessage() == null ? e.toString() : e.getMessage();
                jobs.onFx(() -> done("Not done: " + why + "."));
                return;
            }
            jobs.onFx(() -> saved(l, saved, then));
        });
    }

    private void failed(String what, Loaded l, Write write, SaveException e, Runnable then) {
        if (e.kind() != SaveException.Kind.CONFLICT) {
            done("Not saved: " + e.getMessage() + ".");
            return;
        }
        editor.askConflict(FileNames.display(l.file().getFileName()), choice -> {
            switch (choice) {
                case SAVE_AS_COPY -> attempt(what, l, write, CardSaver.OnConflict.SAVE_AS_COPY, then);
                case OVERWRITE -> attempt(what, l, write, CardSaver.OnConflict.OVERWRITE, then);
                case CANCEL -> done("Not saved: the file changed on disk; your changes are still here.");
            }
        });
    }

    private void saved(Loaded l, Saved saved, Runnable then) {
        if (!saved.patch().isEmpty()) {
            cards.apply(List.of(saved.patch()));
        }
        boolean copy = !saved.file().equals(l.file());
        done(!saved.written() ? "Nothing to save: the file already holds this card."
                : said != null && !copy ? said
                : copy ? "Saved as " + FileNames.display(saved.file()) + " (a new file; " + FileNames.display(l.file().getFileName()) + " is as it was)."
                : saved.kept().isPresent() ? "Saved. The previous version is kept in the history." : "Saved.");
        if (saved.written() && !copy && said == null) {
            editor.saved(editor.draftProperty().get()); // what the file holds now, shown until read again
        }
        // read again: the new version of the file is what the next save must find
        editor.reload(editor.detailProperty().get(), true);
        if (then != null) {
            then.run();
        }
    }

    private void done(String message) {
        editor.setBusy(false);
        editor.say(message);
    }
}
