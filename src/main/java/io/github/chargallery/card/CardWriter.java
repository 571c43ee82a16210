package io.github.chargallery.card;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
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
     * Writes {@code card} into a copy of the PNG image {@code png}: card chunks it has are replaced where
     * they stand, every other chunk (and the image data) is copied byte for byte, and an image without
     * card chunks gets them just before IEND (see {@link PngCardWriter}). V1/V2 cards are written as
     * {@code chara}; V3 cards as {@code ccv3} plus a V2 {@code chara} copy for readers that only know V2.
     * Reading the file back gives an equal card.
     *
     * @throws IllegalArgumentException when {@code png} is not a complete PNG
     */
    public static void writePng(Path target, byte[] png, Card card) throws IOException {
        byte[] bytes = pngBytes(png, card);
        AtomicFiles.write(target, out -> out.write(bytes));
    }

    /** The bytes {@link #writePng} writes. */
    public static byte[] pngBytes(byte[] png, Card card) {
        try {
            return PngCardWriter.withCard(png, card.json(), card.spec());
        } catch (EditRefusedException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
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
}
