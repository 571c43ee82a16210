package io.github.chargallery.card;

import io.github.chargallery.card.CardFormatException.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** The real reader: PNG/APNG text chunks, plain JSON and CHARX, any spec. Stateless and thread-safe. */
final class CardCodec implements CardReader {

    @Override
    public CardFile read(Path file) throws CardFormatException {
        return read(file, CardFile.Format.of(file));
    }

    /** Reads {@code file} as {@code format} whatever its name says (a temporary file being checked). */
    CardFile read(Path file, CardFile.Format format) throws CardFormatException {
        if (format == null) {
            throw new CardFormatException(file, Kind.UNSUPPORTED, "not a card file (expected .png, .json or .charx)");
        }
        if (Files.isDirectory(file)) {
            throw new CardFormatException(file, Kind.IO, "is a folder, not a file");
        }
        List<String> warnings = new ArrayList<>();
        Card card;
        try {
            switch (format) {
                case PNG:
                    card = readPng(file, warnings);
                    break;
                case CHARX:
                    card = Charx.read(file, baseName(file), warnings);
                    break;
                default:
                    card = CardParser.parse(file, "file", readJsonFile(file), baseName(file), warnings);
            }
        } finally {
            BigReads.done();
        }
        return new CardFile(file, format, card, warnings);
    }

    private static String readJsonFile(Path file) throws CardFormatException {
        try {
            long size = Files.size(file);
            if (size > Limits.MAX_CARD_BYTES) {
                throw new CardFormatException(file, Kind.TOO_LARGE,
                        "JSON file is " + Limits.mb(size) + ", over the " + Limits.mb(Limits.MAX_CARD_BYTES) + " limit");
            }
            BigReads.size(size);
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw Io.error(file, e);
        }
    }

    private static Card readPng(Path file, List<String> warnings) throws CardFormatException {
        PngCardChunks.Scan scan = PngCardChunks.scan(file);
        List<PngCardChunks.Chunk> ccv3 = new ArrayList<>();
        List<PngCardChunks.Chunk> chara = new ArrayList<>();
        for (PngCardChunks.Chunk c : scan.chunks()) {
            (c.keyword().equals("ccv3") ? ccv3 : chara).add(c);
        }
        if (ccv3.isEmpty() && chara.isEmpty()) {
            if (scan.problem() != null) {
                throw new CardFormatException(file, scan.problemKind(),
                        (scan.problemKind() == Kind.TRUNCATED ? "truncated before any card chunk: " : "damaged PNG: ")
                                + scan.problem());
            }
            throw new CardFormatException(file, Kind.NO_CARD, "no card in this PNG: it has no chara or ccv3 text chunk");
        }
        if (scan.problem() != null) {
            warnings.add("file is damaged after the card chunk (" + scan.problem() + ")");
        }
        if (!ccv3.isEmpty()) {
            List<String> v3Warnings = new ArrayList<>();
            try {
                Card card = fromChunks(file, ccv3, v3Warnings);
                warnings.addAll(v3Warnings);
                return card;
            } catch (CardFormatException e) {
                if (chara.isEmpty()) {
                    throw e;
                }
                warnings.add("ccv3 chunk is unreadable (" + e.reason() + "); using the chara chunk");
            }
        }
        return fromChunks(file, chara, warnings);
    }

    /**
     * Reads the first chunk of one keyword; differing duplicates are reported, never merged. A chunk
     * failing its CRC check is still read: when its card parses, the damage missed the card text (a
     * warning says so); when it does not, the reason names the CRC mismatch, the likely cause.
     */
    private static Card fromChunks(Path file, List<PngCardChunks.Chunk> chunks, List<String> warnings)
            throws CardFormatException {
        PngCardChunks.Chunk first = chunks.get(0);
        if (first.crcMismatch() == null) {
            return fromFirstChunk(file, chunks, warnings);
        }
        try {
            Card card = fromFirstChunk(file, chunks, warnings);
            warnings.add(first.describe() + " is damaged: its CRC does not match (" + first.crcMismatch()
                    + "), but the card in it reads fine");
            return card;
        } catch (CardFormatException e) {
            throw new CardFormatException(file, Kind.DAMAGED, first.describe() + " is damaged: its CRC does not match ("
                    + first.crcMismatch() + ") and " + e.reason(), e);
        }
    }

    private static Card fromFirstChunk(Path file, List<PngCardChunks.Chunk> chunks, List<String> warnings)
            throws CardFormatException {
        PngCardChunks.Chunk first = chunks.get(0);
        byte[] text = PngCardChunks.text(file, first);
        if (chunks.size() > 1) {
            List<byte[]> distinct = new ArrayList<>();
            distinct.add(text);
            for (PngCardChunks.Chunk c : chunks.subList(1, chunks.size())) {
                byte[] other;
                try {
                    other = PngCardChunks.text(file, c);
                } catch (CardFormatException e) {
                    other = c.body();
                }
                final byte[] o = other;
                if (distinct.stream().noneMatch(d -> java.util.Arrays.equals(d, o))) {
                    distinct.add(other);
                }
            }
            if (distinct.size() > 1) {
                warnings.add("file holds " + distinct.size() + " differing card chunks; using the first");
            }
        }
        String source = first.keyword() + " chunk";
        String json = new String(base64(file, source, text), StandardCharsets.UTF_8);
        return CardParser.parse(file, source, json, baseName(file), warnings);
    }

    private static byte[] base64(Path file, String source, byte[] text) throws CardFormatException {
        byte[] compact = stripWhitespace(text);
        if (compact.length == 0) {
            throw new CardFormatException(file, Kind.NOT_BASE64, source + " is empty");
        }
        try {
            return Base64.getDecoder().decode(compact);
        } catch (IllegalArgumentException e) {
            String hint = compact[0] == '{' ? " (it holds raw JSON text)" : "";
            throw new CardFormatException(file, Kind.NOT_BASE64, source + " is not base64 text" + hint, e);
        }
    }

    /** Some writers wrap base64 in lines; the strict decoder wants it in one piece. */
    private static byte[] stripWhitespace(byte[] text) {
        int n = 0;
        for (byte b : text) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                n++;
            }
        }
        if (n == text.length) {
            return text;
        }
        byte[] out = new byte[n];
        int i = 0;
        for (byte b : text) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                out[i++] = b;
            }
        }
        return out;
    }

    static String baseName(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
