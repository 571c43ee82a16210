package io.github.chargallery.library;

import io.github.chargallery.card.Card;
import io.github.chargallery.card.CardFile;
import io.github.chargallery.card.CardFormatException;
import io.github.chargallery.card.CardReader;
import io.github.chargallery.card.FileNames;
import io.github.chargallery.library.db.CardRecord;
import io.github.chargallery.library.db.FileTable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * One file read for the index: the stat the walk saw, the index row at its path (null for a new file),
 * and the card record to store (an error record when the file could not be read). {@code ioFailure}
 * marks a failure to read the file at all (locked, vanished, permission), which may pass: such a
 * file is retried by the next scan and never replaces a card the index already holds.
 */
record Parsed(FileStat stat, long rootId, FileTable.Row row, CardRecord record, boolean ioFailure) {

    boolean isError() {
        return record.error() != null;
    }

    static Parsed read(CardReader reader, FileStat stat, long rootId, FileTable.Row row) {
        CardRecord record;
        boolean io = false;
        try {
            CardFile file = reader.read(stat.path());
            record = record(file.card());
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
        return new Parsed(stat, rootId, row, record, io);
    }

    static CardRecord record(Card card) {
        Long date = card.modificationDate() != null ? card.modificationDate() : card.creationDate();
        return new CardRecord(hash(card), card.name(), nz(card.creator()), card.tags(), card.spec().name(), date,
                card.tokenEstimate(), null, nz(card.description()), nz(card.creatorNotes()));
    }

    static CardRecord error(FileStat stat, String reason) {
        String name = FileNames.display(stat.path().getFileName()).replaceFirst("\\.[^.]*$", "");
        return new CardRecord("error:" + Library.key(stat.path()), name, "", List.of(), null, null, 0,
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

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
