package io.github.chargallery.card;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes cards to PNG, JSON and CHARX. Every write goes to a temporary file in the target's folder
 * and is then moved over the target, so a crash never leaves a half-written card. The card's JSON
 * is written as read, so unknown keys survive.
 */
public final class CardWriter {
    private CardWriter() {
    }

    /**
     * Writes {@code card} into a copy of the PNG image {@code png}: existing chara/ccv3 chunks are
     * dropped, every other chunk (and the image data) is copied byte for byte, and the card chunks go
     * just before IEND. V1/V2 cards are written as {@code chara}; V3 cards as {@code ccv3} plus a V2
     * {@code chara} copy for readers that only know V2. Reading the file back gives an equal card.
     *
     * @throws IllegalArgumentException when {@code png} is not a complete PNG
     */
    public static void writePng(Path target, byte[] png, Card card) throws IOException {
        byte[] bytes = pngBytes(png, card);
        AtomicFiles.write(target, out -> out.write(bytes));
    }

    /** The bytes {@link #writePng} writes. */
    public static byte[] pngBytes(byte[] png, Card card) {
        if (!Png.hasSignature(png)) {
            throw new IllegalArgumentException("image is not a PNG");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(png.length + card.json().length() * 3);
        out.write(png, 0, 8);
        int pos = 8;
        while (pos + 12 <= png.length) {
            int length = Png.readInt(png, pos);
            String type = new String(png, pos + 4, 4, StandardCharsets.US_ASCII);
            int end = pos + 12 + length;
            if (length < 0 || end > png.length) {
                break;
            }
            if (type.equals("IEND")) {
                if (card.spec() == Spec.V3) {
                    Png.writeChunk(out, "tEXt", Png.textBody("chara", base64(asV2(card.json()))));
                    Png.writeChunk(out, "tEXt", Png.textBody("ccv3", base64(card.json())));
                } else {
                    Png.writeChunk(out, "tEXt", Png.textBody("chara", base64(card.json())));
                }
                out.write(png, pos, end - pos);
                return out.toByteArray();
            }
            if (!(Png.isTextType(type) && isCardChunk(png, pos + 8, length))) {
                out.write(png, pos, end - pos);
            }
            pos = end;
        }
        throw new IllegalArgumentException("image is not a complete PNG (no IEND chunk)");
    }

    /** Writes the card's JSON as it was read. */
    public static void writeJson(Path target, Card card) throws IOException {
        byte[] bytes = card.json().getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(target, out -> out.write(bytes));
    }

    /**
     * Writes a CHARX: card.json at the root, then {@code assets} (zip path to bytes, e.g.
     * "assets/icon/images/1.png" named by the card's icon asset as "embeded://assets/icon/images/1.png").
     */
    public static void writeCharx(Path target, Card card, Map<String, byte[]> assets) throws IOException {
        AtomicFiles.write(target, out -> {
            ZipOutputStream zip = new ZipOutputStream(out);
            zip.setLevel(Deflater.BEST_SPEED);
            zip.putNextEntry(entry(Charx.CARD_JSON));
            zip.write(card.json().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            for (Map.Entry<String, byte[]> a : new java.util.TreeMap<>(assets).entrySet()) {
                zip.putNextEntry(entry(a.getKey()));
                zip.write(a.getValue());
                zip.closeEntry();
            }
            zip.finish();
        });
    }

    /** Fixed entry times make the same card give the same bytes (reproducible, like build tools do). */
    private static ZipEntry entry(String name) {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(java.time.LocalDateTime.of(1980, 1, 1, 0, 0));
        return e;
    }

    private static boolean isCardChunk(byte[] png, int body, int length) {
        int max = Math.min(length, 80);
        for (int i = 0; i < max; i++) {
            if (png[body + i] == 0) {
                return Png.cardKeyword(new String(png, body, i, StandardCharsets.ISO_8859_1)) != null;
            }
        }
        return false;
    }

    private static String base64(String json) {
        return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** The V3 JSON relabelled as V2 (V2 readers ignore the V3-only fields), as other writers do. */
    static String asV2(String v3Json) {
        try {
            JsonNode root = CardParser.MAPPER.readTree(v3Json.startsWith("\uFEFF") ? v3Json.substring(1) : v3Json);
            ((ObjectNode) root).put("spec", "chara_card_v2");
            ((ObjectNode) root).put("spec_version", "2.0");
            return CardParser.MAPPER.writeValueAsString(root);
        } catch (IOException | ClassCastException e) {
            throw new IllegalArgumentException("card JSON is not a card object", e);
        }
    }
}
