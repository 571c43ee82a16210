package io.github.chargallery.card;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Exports a card file as a PNG card (V2 {@code chara}, or V3 {@code ccv3} + backfill), a JSON card (V2 or
 * V3) or a CHARX (V3, its picture as the {@code icon} asset), converting the spec on the way (see
 * {@link SpecConversion}: V1 becomes V2 with its fields mapped). A card without a picture of its own (a
 * JSON card, a CHARX whose icon is not a PNG) gets a generated portrait: its initials on a colour from
 * its name. Never overwrites: a taken name gets " (2)", " (3)"... Pure Java (no image library), blocking I/O.
 */
public final class CardExport {
    /** The container to export to. */
    public enum To {
        PNG, JSON, CHARX;

        /** The card file format this writes. */
        public CardFile.Format format() {
            return CardFile.Format.valueOf(name());
        }

        public String extension() {
            return "." + name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The container for "png", "json", "charx" (any case), or empty. */
        public static Optional<To> of(String word) {
            for (To t : values()) {
                if (t.name().equalsIgnoreCase(word)) {
                    return Optional.of(t);
                }
            }
            return Optional.empty();
        }
    }

    /** One exported file: where it came from and went, and the spec written. */
    public record Exported(Path source, Path written, To to, Spec spec) {
    }

    private CardExport() {
    }

    /** The spec an export writes when none is asked for: the card's own, V1 as V2, and always V3 for CHARX. */
    public static Spec defaultSpec(Spec cardSpec, To to) {
        return to == To.CHARX || cardSpec == Spec.V3 ? Spec.V3 : Spec.V2;
    }

    /**
     * Exports {@code file} into {@code outDir} (created if needed) as "Card name.ext", or "Card name (2).ext"
     * when that is taken; the written file is read back before it is named.
     *
     * @param spec V2 or V3, or null for {@link #defaultSpec}; CHARX takes V3 only
     * @throws CardFormatException  the file cannot be read as a card
     * @throws EditRefusedException the export is refused (CHARX as V2, a damaged container)
     */
    public static Exported export(Path file, To to, Spec spec, Path outDir, Instant now)
            throws CardFormatException, EditRefusedException, IOException {
        CardFile read = CardReader.standard().read(file);
        Spec s = spec == null ? defaultSpec(read.card().spec(), to) : spec;
        CardEdit edit = build(read, to, s, now);
        Path written = CardEditor.writeNew(outDir, fileName(read.card().name(), to), edit);
        return new Exported(file, written, to, s);
    }

    /**
     * The bytes of a PNG card holding the card of {@code file}: a PNG card's own image with its other chunks,
     * a CHARX's PNG icon, or else a generated portrait (what a SillyTavern folder needs of a JSON card).
     *
     * @param spec V2 or V3, or null for {@link #defaultSpec}
     */
    public static byte[] pngBytes(Path file, Spec spec, Instant now) throws CardFormatException, EditRefusedException {
        CardFile read = CardReader.standard().read(file);
        return build(read, To.PNG, spec == null ? defaultSpec(read.card().spec(), To.PNG) : spec, now).after();
    }

    /** The bytes of a PNG card holding {@code card} on {@code picture} (a PNG), or on a generated portrait when empty. */
    public static byte[] pngBytes(Card card, Optional<byte[]> picture, Spec spec, Instant now)
            throws EditRefusedException {
        ObjectNode root = SpecConversion.convert(card, spec, now);
        if (spec == Spec.V3) {
            SpecConversion.iconInPng((ObjectNode) root.get("data"));
        }
        byte[] image = picture.orElseGet(() -> Portrait.png(card.name()));
        return PngCardWriter.withCard(image, JsonText.COMPACT.write(root), spec);
    }

    /** The generated portrait of a card without a picture: its initials on a colour from its name (400x600 PNG). */
    public static byte[] portrait(String name) {
        return Portrait.png(name);
    }

    /** A file name for the card's name: characters Windows and Linux refuse become "_", at most 100 characters. */
    public static String fileName(String cardName, To to) {
        StringBuilder sb = new StringBuilder();
        cardName.strip().codePoints().limit(100).forEach(c -> {
            boolean bad = c < 0x20 || c == 0x7F || "/\\:*?\"<>|".indexOf(c) >= 0;
            sb.appendCodePoint(bad ? '_' : c);
        });
        String base = sb.toString().replaceAll("[. ]+$", "").strip();
        if (base.isEmpty() || base.startsWith(".")) {
            base = "card" + base;
        }
        return base + to.extension();
    }

    private static CardEdit build(CardFile read, To to, Spec spec, Instant now)
            throws CardFormatException, EditRefusedException {
        if (to == To.CHARX && spec != Spec.V3) {
            throw new EditRefusedException("a CHARX holds a V3 card; export it as V3");
        }
        Card card = read.card();
        ObjectNode root = SpecConversion.convert(card, spec, now);
        ObjectNode data = (ObjectNode) root.get("data");
        byte[] source = read.format() == To.PNG.format() || read.format() == CardFile.Format.CHARX
                ? CardEditor.readAll(read.path()) : new byte[0];
        CardFile.Format format = to.format();
        switch (to) {
            case PNG -> {
                if (spec == Spec.V3) {
                    SpecConversion.iconInPng(data);
                }
                String json = JsonText.COMPACT.write(root);
                return CardEditor.build(read.path(), format, picture(read, source), json, spec);
            }
            case JSON -> {
                JsonText layout = read.format() == CardFile.Format.JSON ? JsonText.of(card.json()) : JsonText.INDENTED;
                return CardEditor.build(read.path(), format, new byte[0], layout.write(root), spec);
            }
            default -> {
                if (read.format() == CardFile.Format.CHARX) {
                    // its assets already point into the zip, which is copied as it is
                    return CardEditor.build(read.path(), format, source, JsonText.COMPACT.write(root), spec);
                }
                SpecConversion.iconInZip(data);
                String json = JsonText.COMPACT.write(root);
                byte[] zip = newCharx(json, picture(read, source));
                return CardEditor.build(read.path(), format, zip, json, spec);
            }
        }
    }

    /** The card's own picture as a PNG, or its generated portrait. */
    private static byte[] picture(CardFile read, byte[] source) throws CardFormatException {
        if (read.format() == CardFile.Format.PNG) {
            return source;
        }
        if (read.format() == CardFile.Format.CHARX) {
            Optional<byte[]> icon = Charx.icon(read.path(), Limits.MAX_IMAGE_BYTES);
            if (icon.isPresent() && Png.hasSignature(icon.get())) {
                return PngCardWriter.withoutCard(icon.get());
            }
        }
        return Portrait.png(read.card().name());
    }

    /** A CHARX of card.json and the icon, the card entry first (as RisuAI writes them). */
    private static byte[] newCharx(String json, byte[] icon) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(icon.length + json.length() + 512);
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.DEFAULT_COMPRESSION);
            zip.putNextEntry(entry(Charx.CARD_JSON));
            zip.write(json.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(entry(Charx.DEFAULT_ICON));
            zip.write(icon);
            zip.closeEntry();
        } catch (IOException e) {
            throw new IllegalStateException("writing a zip to memory failed", e);
        }
        return bytes.toByteArray();
    }

    private static ZipEntry entry(String name) {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(LocalDateTime.of(1980, 1, 1, 0, 0));
        return e;
    }
}
