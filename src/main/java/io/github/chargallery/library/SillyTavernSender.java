package io.github.chargallery.library;

import io.github.chargallery.card.AtomicFiles;
import io.github.chargallery.card.CardFile;
import io.github.chargallery.card.CardFormatException;
import io.github.chargallery.card.CardReader;
import io.github.chargallery.card.EditRefusedException;
import io.github.chargallery.card.FileNames;
import io.github.chargallery.library.db.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Copies a card into a SillyTavern characters folder as a PNG SillyTavern reads. SillyTavern keys a character
 * and its chats by file name, so nothing there is ever replaced: the name comes from the card's name
 * ({@link SafeFileName}), a taken one gets " (2)", " (3)"... ({@link AtomicFiles#writeNew}, atomic, the
 * umask's mode), unless the same card is there already (its identity, or that of a conversion of it sent
 * before), then nothing is written. The new file is read back; a copy that does not read back as the card
 * sent is taken away again (it is ours, just made).
 */
final class SillyTavernSender {
    private final Store store;
    private final CardReader reader;

    SillyTavernSender(Store store, CardReader reader) {
        this.store = store;
        this.reader = reader;
    }

    SillyTavernSend send(Path source, SillyTavernFolder to) {
        Path characters = to.characters();
        if (!Files.isDirectory(characters)) {
            return SillyTavernSend.failed(source, to, "SillyTavern's characters folder is not there: "
                    + FileNames.display(characters));
        }
        CardFile card;
        try {
            card = reader.read(source);
        } catch (CardFormatException e) {
            return SillyTavernSend.failed(source, to, e.getMessage());
        }
        String hash = Parsed.hash(card.card());
        String base = SafeFileName.of(card.card().name());
        try {
            Set<String> same = new HashSet<>(store.db.read(() -> store.sillyTavern.sentAs(hash)));
            same.add(hash);
            Optional<String> there = alreadyThere(characters, base, same);
            if (there.isPresent()) {
                return SillyTavernSend.already(source, to, there.get());
            }
            SillyTavernPng.Bytes png = SillyTavernPng.of(card);
            Path written = AtomicFiles.writeNew(characters, base + ".png", out -> out.write(png.png()));
            Optional<String> writtenHash = readBack(written, png.converted() ? null : hash);
            if (writtenHash.isEmpty()) {
                Files.deleteIfExists(written);
                return SillyTavernSend.failed(source, to, "the copy written to " + FileNames.display(written)
                        + " did not read back as the card sent; it was taken away again");
            }
            if (png.converted()) {
                store.db.write(() -> {
                    store.sillyTavern.recordSent(writtenHash.get(), hash);
                    return null;
                });
            }
            return SillyTavernSend.written(source, to, written.getFileName().toString());
        } catch (CardFormatException | EditRefusedException e) {
            return SillyTavernSend.failed(source, to, "cannot make a PNG SillyTavern reads of "
                    + FileNames.display(source) + ": " + e.getMessage());
        } catch (IOException e) {
            return SillyTavernSend.failed(source, to, "cannot write into " + FileNames.display(characters) + ": "
                    + (e.getMessage() == null ? e.toString() : e.getMessage()));
        } catch (IllegalArgumentException e) {
            return SillyTavernSend.failed(source, to, "cannot make a PNG of " + FileNames.display(source) + ": "
                    + e.getMessage());
        }
    }

    /**
     * The file SillyTavern has this card in: one the index found in its folder, or one of the names this
     * send would otherwise take ("Name.png", "Name (2).png", ...: a card sent before and not indexed yet).
     */
    private Optional<String> alreadyThere(Path characters, String base, Set<String> hashes) {
        for (String hash : hashes) {
            for (String p : store.db.read(() -> store.sillyTavern.pathsOfHash(hash))) {
                Path file = FileNames.path(p);
                if (characters.equals(file.getParent()) && Files.isRegularFile(file) && sameCard(file, hashes)) {
                    return Optional.of(file.getFileName().toString());
                }
            }
        }
        for (int n = 1; n < 10_000; n++) {
            Path file = characters.resolve(n == 1 ? base + ".png" : base + " (" + n + ").png");
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            if (sameCard(file, hashes)) {
                return Optional.of(file.getFileName().toString());
            }
        }
        return Optional.empty();
    }

    private boolean sameCard(Path file, Set<String> hashes) {
        try {
            return hashes.contains(Parsed.hash(reader.read(file).card()));
        } catch (CardFormatException e) {
            return false;
        }
    }

    /** The written card's identity, when it reads back (as {@code expected}, unless that is null: a conversion). */
    private Optional<String> readBack(Path written, String expected) {
        try {
            String h = Parsed.hash(reader.read(written).card());
            return expected == null || expected.equals(h) ? Optional.of(h) : Optional.empty();
        } catch (CardFormatException e) {
            return Optional.empty();
        }
    }
}
