package io.github.chargallery.card;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Lossless card edits: reads what the editor shows (lorebook entries, the raw JSON) and writes a
 * {@link CardChanges} back into the card's own file in its own format, changing nothing the user did not
 * change (see {@link CardJsonEdit}, {@link PngCardWriter}, {@link CharxRewrite}). Pure Java, blocking I/O.
 */
public final class CardEditor {
    /** Largest card file the editor loads whole to rewrite (a PNG with big embedded assets, a CHARX). */
    static final long MAX_FILE_BYTES = 512L * 1024 * 1024;

    private CardEditor() {
    }

    /** The entries of the card's character book, in order ({@code data.character_book.entries}). */
    public static List<LorebookEntry> lorebook(Card card) {
        try {
            ObjectNode root = CardJsonEdit.tree(card.json());
            return Lorebook.entries(CardJsonEdit.target(root, card.spec()));
        } catch (EditRefusedException e) {
            return List.of();
        }
    }

    /** The card's JSON indented two spaces, for the raw view (its values as they are, key order kept). */
    public static String prettyJson(Card card) {
        try {
            return JsonText.INDENTED.write(JsonText.parse(card.json())).stripTrailing();
        } catch (IOException e) {
            return card.json();
        }
    }

    /** The card a raw JSON text would be, or the reason (where the syntax error is, what is missing) it is not one. */
    public static Card checkRaw(String json) throws EditRefusedException {
        Card card = CardJsonEdit.check(json, "the raw JSON");
        try {
            JsonNode n = JsonText.parse(json);
            JsonNode name = CardJsonEdit.target((ObjectNode) n, card.spec()).get("name");
            if (name == null || !name.isValueNode() || name.asText().isBlank()) {
                throw new EditRefusedException("the card's name is empty: a card needs a name to be saved");
            }
        } catch (IOException e) {
            throw new EditRefusedException("the raw JSON is not valid JSON", e);
        }
        return card;
    }

    /**
     * The card's JSON text with the changes applied, laid out like the card's own, or empty when the
     * changes leave the card as it is.
     */
    public static Optional<String> applyTo(Card card, CardChanges changes, Instant now) throws EditRefusedException {
        return CardJsonEdit.apply(card, changes, now).map(r -> JsonText.of(card.json()).write(r.root()));
    }

    /**
     * Reads {@code file} and works out the save of {@code changes} into it (nothing is written); empty when
     * the changes leave the card as it is.
     *
     * @throws CardFormatException   the file cannot be read as a card
     * @throws EditRefusedException  the save is refused (empty name, raw JSON that is no card, a damaged container)
     */
    public static Optional<CardEdit> edit(Path file, CardChanges changes, Instant now)
            throws CardFormatException, EditRefusedException {
        CardFile.Format format = CardFile.Format.of(file);
        byte[] before = readAll(file);
        CardFile read = new CardCodec().read(file, format);
        if (!Arrays.equals(before, readAll(file))) {
            throw new CardFormatException(file, CardFormatException.Kind.IO,
                    "the file changed while it was read (another program is writing it); try again");
        }
        Optional<CardJsonEdit.Result> edited = CardJsonEdit.apply(read.card(), changes, now);
        if (edited.isEmpty()) {
            return Optional.empty();
        }
        String json = JsonText.of(format == CardFile.Format.JSON ? text(before) : read.card().json())
                .write(edited.get().root());
        return Optional.of(build(file, format, before, json, edited.get().spec()));
    }

    /**
     * A PNG card's card moved onto another picture ("Replace picture"): {@code picture} (a complete PNG;
     * decode other formats to PNG first) with the file's card chunks and {@code chara-ext-asset_*} chunks
     * copied byte for byte, the picture's own card chunks dropped. The card stays the same card.
     */
    public static CardEdit onPicture(Path pngCard, byte[] picture) throws CardFormatException, EditRefusedException {
        if (CardFile.Format.of(pngCard) != CardFile.Format.PNG) {
            throw new EditRefusedException("only a PNG card has a picture to replace; save a JSON or CHARX card"
                    + " as a PNG card instead");
        }
        byte[] before = readAll(pngCard);
        CardFile read = new CardCodec().read(pngCard, CardFile.Format.PNG);
        byte[] after = PngCardWriter.carry(before, picture);
        return new CardEdit(pngCard, CardFile.Format.PNG, before, after, read.card());
    }

    /**
     * The card of {@code file} (any format) as a PNG card on {@code picture} (a complete PNG), its JSON exactly
     * as it is, so the new file holds the same card ("Save as PNG card"). The edit's {@code file} is the source.
     */
    public static CardEdit asPngCard(Path file, byte[] picture) throws CardFormatException, EditRefusedException {
        CardFile read = new CardCodec().read(file, CardFile.Format.of(file));
        byte[] after = PngCardWriter.withCard(PngCardWriter.withoutCard(picture), read.card().json(), read.card().spec());
        return new CardEdit(file, CardFile.Format.PNG, new byte[0], after, read.card());
    }

    /** The save of a whole new card JSON text into the file's bytes (used to put a card into a container). */
    static CardEdit build(Path file, CardFile.Format format, byte[] before, String json, Spec spec)
            throws EditRefusedException {
        byte[] jsonBytes = json.getBytes(StandardCharsets.UTF_8);
        byte[] after = switch (format) {
            case PNG -> PngCardWriter.withCard(before, json, spec);
            case CHARX -> CharxRewrite.withCardJson(before, jsonBytes);
            case JSON -> hasBom(before) ? concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, jsonBytes)
                    : jsonBytes;
        };
        Card card = CardJsonEdit.check(json, "the edited card");
        if (card.spec() != spec) {
            throw new EditRefusedException("the edited card reads as " + card.spec() + ", not " + spec);
        }
        return new CardEdit(file, format, before, after, card);
    }

    /**
     * Writes an edit over its file atomically (temporary file in the same folder, then a move; the mode,
     * group and owner kept). Before the move the temporary file is read back: its bytes must be the
     * edit's and the card in it must read as the edited card, else the file is left as it was.
     */
    public static void write(CardEdit edit) throws IOException {
        write(edit.file(), edit);
    }

    /** Writes an edit's bytes to {@code target} (a copy beside the file, say), checked as {@link #write(CardEdit)}. */
    public static void write(Path target, CardEdit edit) throws IOException {
        AtomicFiles.write(target, out -> out.write(edit.after()), tmp -> verify(tmp, edit));
    }

    /** Writes an edit's bytes as a new file in {@code folder} named {@code name} or "name (2)", never replacing one. */
    public static Path writeNew(Path folder, String name, CardEdit edit) throws IOException {
        return AtomicFiles.writeNew(folder, name, out -> out.write(edit.after()), tmp -> verify(tmp, edit));
    }

    static void verify(Path tmp, CardEdit edit) throws IOException {
        if (!Arrays.equals(Files.readAllBytes(tmp), edit.after())) {
            throw new IOException("the written file does not hold what was written (is the disk failing?);"
                    + " the card was left as it was");
        }
        try {
            Card back = new CardCodec().read(tmp, edit.format()).card();
            if (!back.json().equals(edit.card().json()) || back.spec() != edit.card().spec()) {
                throw new IOException("the written card does not read back as the edited card; the card was left"
                        + " as it was");
            }
        } catch (CardFormatException e) {
            throw new IOException("the written card does not read back (" + e.reason() + "); the card was left"
                    + " as it was", e);
        }
    }

    static byte[] readAll(Path file) throws CardFormatException {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new CardFormatException(file, CardFormatException.Kind.TOO_LARGE, "the file is "
                        + Limits.mb(size) + ", over the " + Limits.mb(MAX_FILE_BYTES) + " the editor rewrites");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw Io.error(file, e);
        }
    }

    private static String text(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
