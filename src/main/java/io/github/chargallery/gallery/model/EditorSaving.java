package io.github.chargallery.gallery.model;

import io.github.chargallery.card.CardField;
import io.github.chargallery.gallery.sync.CardList;
import io.github.chargallery.library.CardLibrary;
import io.github.chargallery.library.CardSummary;

/**
 * Saving the editor's draft into the card's file, through the library's save service, on the
 * background executor; the saved row goes into the grid through the card list's patch path.
 */
final class EditorSaving {
    private final CardLibrary library;
    private final CardList cards;
    private CardEditorModel editor;

    EditorSaving(CardLibrary library, CardList cards) {
        this.library = library;
        this.cards = cards;
    }

    void attach(CardEditorModel e) {
        this.editor = e;
    }

    /** A card can be edited when it was read from a file that is reachable now. */
    boolean canEdit(CardDetail d) {
        return d != null && d.card() != null && !d.summary().offline() && !d.summary().files().isEmpty();
    }

    /** @param then run once the save succeeded (leaving the card), null for none */
    void save(Runnable then) {
        CardDraft d = editor.draftProperty().get();
        if (d == null || !editor.editingProperty().get() || !editor.dirtyProperty().get() || editor.busyProperty().get()) {
            return;
        }
        String refused = refusal(d);
        if (refused != null) {
            editor.say(refused);
            return;
        }
        editor.say("Saving is not available yet.");
    }

    /** Why this draft must not be written, or null (the raw JSON is checked by the codec when saving). */
    static String refusal(CardDraft d) {
        if (d.rawJson() == null && d.get(CardField.NAME).isBlank()) {
            return "Not saved: a card needs a name (front ends drop or mix up cards without one).";
        }
        return null;
    }
}
