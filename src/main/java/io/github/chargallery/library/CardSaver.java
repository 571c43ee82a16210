package io.github.chargallery.library;

import io.github.chargallery.card.AtomicFiles;
import io.github.chargallery.card.Card;
import io.github.chargallery.card.CardChanges;
import io.github.chargallery.card.CardEdit;
import io.github.chargallery.card.CardEditor;
import io.github.chargallery.card.CardFile;
import io.github.chargallery.card.CardFormatException;
import io.github.chargallery.card.CardReader;
import io.github.chargallery.card.EditRefusedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Saving cards: the one code path behind the window's Save, Revert, Replace picture and Save as PNG card,
 * and the {@code edit} and {@code revert} commands. Each save checks that the file is still the version the
 * editor opened (else {@link OnConflict} decides), keeps the previous bytes in the {@link CardHistory},
 * writes atomically (mode kept, the temporary file read back first), then re-reads that one file into the
 * index ({@link CardLibrary#reindex}): the card keeps its id, favourites and tags, and the returned patch
 * updates the tile and the search. Blocking: never on the FX thread.
 */
public final class CardSaver {
    /** What a save does when the file changed on disk since it was opened. */
    public enum OnConflict {
        /** Writes nothing: {@link SaveException.Kind#CONFLICT}. */
        REFUSE,
        /** Applies the changes to the file as it is now (the other program's changes to other fields stay). */
        OVERWRITE,
        /** Leaves the file alone and writes the changed card beside it as "name (2).ext". */
        SAVE_AS_COPY
    }

    private final CardLibrary library;
    private final CardHistory history;
    private final Clock clock;
    private final CardReader reader = CardReader.standard();

    public CardSaver(CardLibrary library, Path dataDir) {
        this(library, dataDir, Clock.systemUTC());
    }

    /** @param clock the time of V3 {@code modification_date} and of the history's names (tests fix it) */
    public CardSaver(CardLibrary library, Path dataDir, Clock clock) {
        this.library = library;
        this.history = new CardHistory(dataDir);
        this.clock = clock;
    }

    /** Reads a card for editing, with the version it was read from (retried if the file changes meanwhile). */
    public OpenedCard open(Path file) throws SaveException {
        FxThreadGuard.check();
        for (int attempt = 0; ; attempt++) {
            try {
                FileVersion before = FileVersion.of(file);
                CardFile card = reader.read(file);
                if (before.equals(FileVersion.of(file)) || attempt == 2) {
                    return new OpenedCard(card, before);
                }
            } catch (CardFormatException e) {
                throw new SaveException(SaveException.Kind.UNREADABLE, e.getMessage(), e);
            } catch (java.nio.file.NoSuchFileException e) {
                throw new SaveException(SaveException.Kind.UNREADABLE, file + ": file not found", e);
            } catch (java.nio.file.AccessDeniedException e) {
                throw new SaveException(SaveException.Kind.UNREADABLE, file + ": permission denied", e);
            } catch (IOException e) {
                throw failed(file, "cannot read it", e);
            }
        }
    }

    /**
     * Saves the user's changes into the file.
     *
     * @param opened the version the editor opened ({@link OpenedCard#version()})
     * @throws SaveException nothing was written: unreadable, refused (empty name...), conflict, or a failed write
     */
    public Saved save(Path file, FileVersion opened, CardChanges changes, OnConflict onConflict) throws SaveException {
        FxThreadGuard.check();
        Optional<CardEdit> edit;
        try {
            edit = CardEditor.edit(file, changes, clock.instant());
        } catch (CardFormatException e) {
            throw new SaveException(SaveException.Kind.UNREADABLE, e.getMessage(), e);
        } catch (EditRefusedException e) {
            throw refused(file, e);
        }
        if (edit.isEmpty()) {
            Card card = open(file).file().card();
            return new Saved(file, false, card, Optional.empty(), Optional.empty(), empty());
        }
        return write(edit.get(), opened, onConflict);
    }

    /**
     * "Replace picture": the PNG card's card chunks carried onto {@code picture} (a complete PNG; the window
     * decodes JPEG or WebP to PNG first). The card stays the same card.
     */
    public Saved replacePicture(Path pngCard, FileVersion opened, byte[] picture, OnConflict onConflict)
            throws SaveException {
        FxThreadGuard.check();
        try {
            return write(CardEditor.onPicture(pngCard, picture), opened, onConflict);
        } catch (CardFormatException e) {
            throw new SaveException(SaveException.Kind.UNREADABLE, e.getMessage(), e);
        } catch (EditRefusedException e) {
            throw refused(pngCard, e);
        }
    }

    /**
     * "Save as PNG card" for a JSON or CHARX card: a new PNG beside it ("name.png", "name (2).png"; nothing
     * is replaced) holding the same card on {@code picture} (a complete PNG), then indexed.
     */
    public Saved saveAsPng(Path card, byte[] picture) throws SaveException {
        FxThreadGuard.check();
        CardEdit edit;
        try {
            edit = CardEditor.asPngCard(card, picture);
        } catch (CardFormatException e) {
            throw new SaveException(SaveException.Kind.UNREADABLE, e.getMessage(), e);
        } catch (EditRefusedException e) {
            throw refused(card, e);
        }
        return copy(card, edit, baseName(card) + ".png");
    }

    /** The kept versions of this file, newest first (number 1 is the one the last save replaced). */
    public List<HistoryVersion> history(Path file) {
        FxThreadGuard.check();
        return history.list(library.cardIdOf(file), file);
    }

    /** Brings back version {@code number} of {@link #history} byte for byte; the file as it is now is kept first. */
    public Saved revert(Path file, int number) throws SaveException {
        FxThreadGuard.check();
        Optional<Long> id = library.cardIdOf(file);
        List<HistoryVersion> versions = history.list(id, file);
        HistoryVersion v = versions.stream().filter(x -> x.number() == number).findFirst().orElseThrow(() ->
                new SaveException(SaveException.Kind.REFUSED, file + ": " + (versions.isEmpty() ? "no earlier version"
                        + " is kept" : "there is no version " + number + " (1 to " + versions.size() + ")"), null));
        try {
            byte[] old = Files.readAllBytes(v.file());
            Optional<HistoryVersion> kept = Optional.empty();
            if (Files.exists(file)) {
                byte[] now = Files.readAllBytes(file);
                if (Arrays.equals(now, old)) {
                    return done(file, false, Optional.empty(), id);
                }
                kept = Optional.of(history.keep(id, file, now, Files.getLastModifiedTime(file), clock.instant()));
            }
            AtomicFiles.write(file, out -> out.write(old), tmp -> {
                if (!Arrays.equals(Files.readAllBytes(tmp), old)) {
                    throw new IOException("the written file does not hold the version's bytes; the card was left as it was");
                }
            });
            return done(file, true, kept, id);
        } catch (IOException e) {
            throw failed(file, "cannot bring back version " + number, e);
        }
    }

    private Saved write(CardEdit edit, FileVersion opened, OnConflict onConflict) throws SaveException {
        Path file = edit.file();
        if (!opened.matches(edit.before())) {
            switch (onConflict) {
                case REFUSE -> throw new SaveException(SaveException.Kind.CONFLICT, file + ": the file changed on disk"
                        + " since it was opened (another program edited it); save as a copy, overwrite it, or cancel", null);
                case SAVE_AS_COPY -> {
                    return copy(file, edit, file.getFileName().toString());
                }
                case OVERWRITE -> {
                    // the changes go onto the file as it is now
                }
            }
        }
        Optional<Long> id = library.cardIdOf(file);
        HistoryVersion kept;
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            kept = history.keep(id, file, edit.before(), modified, clock.instant());
        } catch (IOException e) {
            throw failed(file, "cannot keep its previous version in the data folder, so it was not changed", e);
        }
        try {
            CardEditor.write(edit);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(kept.file()); // the file is still that version
            } catch (IOException ignored) {
                // a stray copy in the history is harmless
            }
            throw failed(file, "cannot write it", e);
        }
        return done(file, true, Optional.of(kept), id);
    }

    private Saved copy(Path file, CardEdit edit, String name) throws SaveException {
        Path folder = file.toAbsolutePath().getParent();
        try {
            Path written = CardEditor.writeNew(folder, name, edit);
            return done(written, true, Optional.empty(), Optional.empty());
        } catch (IOException e) {
            throw failed(file, "cannot write a copy in " + folder, e);
        }
    }

    /** Re-reads the written file into the index; a kept version follows the card when the file changed cards. */
    private Saved done(Path file, boolean written, Optional<HistoryVersion> kept, Optional<Long> idBefore)
            throws SaveException {
        Card card = open(file).file().card();
        Patch patch = library.reindex(file);
        Path abs = file.toAbsolutePath().normalize();
        Optional<CardSummary> summary = Stream.concat(patch.added().stream(), patch.updated().stream())
                .filter(s -> s.files().contains(abs)).findFirst();
        Optional<Long> idAfter = library.cardIdOf(file);
        if (kept.isPresent() && idAfter.isPresent() && !idAfter.equals(idBefore)) {
            try {
                Path name = kept.get().file().getFileName();
                history.move(kept.get(), idAfter.get());
                kept = history.list(idAfter, file).stream().filter(v -> v.file().getFileName().equals(name)).findFirst();
            } catch (IOException e) {
                // the version stays where it is: listed under the file's old card
            }
        }
        return new Saved(file, written, card, kept, summary, patch);
    }

    private static Patch empty() {
        return new Patch(List.of(), List.of(), List.of());
    }

    private static SaveException refused(Path file, EditRefusedException e) {
        return new SaveException(SaveException.Kind.REFUSED, file + ": " + e.getMessage(), e);
    }

    private static SaveException failed(Path file, String what, IOException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new SaveException(SaveException.Kind.FAILED, file + ": " + what + " (" + m + ")", e);
    }

    private static String baseName(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
