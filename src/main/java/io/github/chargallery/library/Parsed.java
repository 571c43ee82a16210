package io.github.chargallery.library;

import io.github.chargallery.card.BigReads;
import io.github.chargallery.card.Card;
import io.github.chargallery.card.CardFile;
import io.github.chargallery.card.CardFormatException;
import io.github.chargallery.card.CardReader;
import io.github.chargallery.card.FileNames;
import io.github.chargallery.card.TokenCounter;
import io.github.chargallery.library.db.CardRecord;
import io.github.chargallery.library.dupes.CardFacts;
import io.github.chargallery.library.db.FileTable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * One file read for the index: the stat the walk saw, the index row at its path (null for a new file),
 * and the card record to store (an error record when the file could not be read). {@code ioFailure}
 * marks a failure to read the file at all (locked, vanished, permission), which may pass: such a
 * file is retried by the next scan and never replaces a card the index already holds.
 */
record Parsed(FileStat stat, long rootId, FileTable.Row row, CardRecord record, boolean ioFailure,
              FileTable.Identity identity, CardFacts facts) {
    /** How much of each end of an unreadable file its partial hash covers (digiKam's 100 KB). */
    static final int PARTIAL_HASH_BYTES = 100 * 1024;

    boolean isError() {
        return record.error() != null;
    }

    static Parsed read(CardReader reader, FileStat stat, long rootId, FileTable.Row row) {
        return BigReads.within(() -> parse(reader, stat, rootId, row));
    }

    private static Parsed parse(CardReader reader, FileStat stat, long rootId, FileTable.Row row) {
        CardRecord record;
        CardFacts facts = null;
        boolean io = false;
        try {
            CardFile file = reader.read(stat.path());
            record = record(file.card());
            facts = CardFacts.of(file.card());
        } catch (CardFormatException e) {
            record = error(stat, e.reason());
            io = e.kind() == CardFormatException.Kind.IO;
        } catch (RuntimeException e) {
            // A codec bug on one file must not stop the sync; the file is listed with the reason.
            record = error(stat, "unexpected error reading the card: " + e);
        } catch (OutOfMemoryError e) {
            // The failed allocation is freed at once; the rest of the scan goes on, and this file is
            // retried by the next scan (other reads may have held the memory).
            record = error(stat, "not enough memory to read this card (" + stat.size() / (1024 * 1024)
                    + " MB file) with the other cards being read; it is tried again at the next scan");
            io = true;
        }
        return new Parsed(stat, rootId, row, record, io, identity(stat.path(), record.error() != null && !io), facts);
    }

    /**
     * The file's identity for finding it again after a move: its file key (device and inode) and, for an
     * unreadable file, whose content gives no card hash, the partial hash of its bytes.
     */
    static FileTable.Identity identity(Path file, boolean unreadable) {
        String key = null;
        try {
            Object k = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
            key = k == null ? null : k.toString();
        } catch (IOException | RuntimeException e) {
            // no key: only content and name can tell it
        }
        return new FileTable.Identity(key, unreadable ? partialHash(file) : null);
    }

    /** SHA-256 of the size and the first and last 100 KB; null when the file cannot be read. */
    static String partialHash(Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(ByteBuffer.allocate(8).putLong(0, size));
            ByteBuffer buf = ByteBuffer.allocate((int) Math.min(size, PARTIAL_HASH_BYTES));
            readFully(ch, buf, 0);
            md.update(buf.flip());
            buf.clear();
            readFully(ch, buf, Math.max(0, size - buf.capacity()));
            md.update(buf.flip());
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException | RuntimeException e) {
            return null;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void readFully(FileChannel ch, ByteBuffer buf, long at) throws IOException {
        while (buf.hasRemaining()) {
            int n = ch.read(buf, at + buf.position());
            if (n < 0) {
                break; // shrank meanwhile: hash what is there
            }
        }
    }

    static CardRecord record(Card card) {
        Long date = card.modificationDate() != null ? card.modificationDate() : card.creationDate();
        // Counted here, on the sync's parse pool, so neither the FX thread nor a sort ever tokenizes.
        TokenCounter.Counts tokens = TokenCounter.of(card);
        return new CardRecord(hash(card), card.name(), Objects.requireNonNullElse(card.creator(), ""), card.tags(),
                card.spec().name(), date, tokens.permanent(), tokens.firstMessage(), null, Objects.requireNonNullElse(card.description(), ""),
                Objects.requireNonNullElse(card.creatorNotes(), ""));
    }

    static CardRecord error(FileStat stat, String reason) {
        String name = FileNames.display(stat.path().getFileName()).replaceFirst("\\.[^.]*$", "");
        return new CardRecord("error:" + Library.key(stat.path()), name, "", List.of(), null, null, 0, 0,
                reason == null || reason.isBlank() ? "unreadable card" : reason, "", "");
    }

    /** The card's identity: SHA-256 of its JSON text, so the same card in two files is one card. */
    static String hash(Card card) {
        String text = card.json() != null ? card.json() : card.toString();
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
