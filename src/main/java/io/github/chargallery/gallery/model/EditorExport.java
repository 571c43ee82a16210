package io.github.chargallery.gallery.model;

import io.github.chargallery.card.CardExport;
import io.github.chargallery.card.CardFormatException;
import io.github.chargallery.card.EditRefusedException;
import io.github.chargallery.card.FileNames;
import io.github.chargallery.card.Spec;
import io.github.chargallery.gallery.sync.Jobs;
import io.github.chargallery.library.CardSummary;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * Exporting the shown card to a folder the user chose, as a PNG, JSON or CHARX card of the spec asked
 * for (the codec's {@link CardExport}), on the background executor. What it exports is the card's file
 * as saved: unsaved edits are not in it.
 */
final class EditorExport {
    /** One choice of the Export menu. */
    record Target(CardExport.To to, Spec spec) {
    }

    private final Jobs jobs;

    EditorExport(Jobs jobs) {
        this.jobs = jobs;
    }

    void export(CardEditorModel editor, CardExport.To to, Spec spec, Path folder) {
        CardSummary card = editor.shownCard();
        if (card == null || card.files().isEmpty() || card.isError() || editor.busyProperty().get()) {
            return;
        }
        Path file = card.files().get(0);
        editor.setBusy(true);
        jobs.inBackground("export " + card.name(), () -> {
            String said;
            try {
                CardExport.Exported done = CardExport.export(file, to, spec, folder, Instant.now());
                said = "Exported as " + FileNames.display(done.written()) + " (" + done.to() + " " + done.spec().label() + ").";
            } catch (CardFormatException e) {
                said = "Not exported: " + FileNames.display(file) + ": " + e.reason() + ".";
            } catch (EditRefusedException e) {
                said = "Not exported: " + e.getMessage() + ".";
            } catch (IOException | RuntimeException e) {
                said = "Not exported into " + FileNames.display(folder) + ": " + Objects.requireNonNullElse(e.getMessage(), e.toString()) + ".";
            }
            String text = said;
            jobs.onFx(() -> {
                editor.setBusy(false);
                editor.say(text);
            });
        });
    }
}
