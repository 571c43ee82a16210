package io.github.chargallery.card;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Puts a card into a PNG's bytes. Every chunk that is not a card chunk (IDAT, tIME, iCCP, other text,
 * {@code chara-ext-asset_*}, APNG frames) is copied byte for byte and in order, and so is anything after
 * IEND. The card chunks are replaced where they stand: a V1/V2 card becomes one {@code chara} tEXt chunk,
 * a V3 card a {@code ccv3} tEXt chunk plus a V2 {@code chara} backfill (the V3 spec allows it); extra
 * duplicates of a keyword, and a {@code ccv3} chunk of a card that is not V3, are dropped, so no stale
 * card is left for a reader that picks another chunk. An image without card chunks gets them just before IEND.
 */
final class PngCardWriter {
    private PngCardWriter() {
    }

    /**
     * @param json the card's JSON as it is to be read back (V3: the ccv3 text)
     * @throws EditRefusedException when {@code png} is not a complete PNG (no signature, a broken chunk, no IEND)
     */
    static byte[] withCard(byte[] png, String json, Spec spec) throws EditRefusedException {
        if (!Png.hasSignature(png)) {
            throw new EditRefusedException("the image is not a PNG");
        }
        boolean hasChara = false;
        boolean hasCcv3 = false;
        int iend = -1;
        for (int pos = 8; ; ) {
            if (pos + 12 > png.length || !Png.validType(png, pos + 4)) {
                throw new EditRefusedException("the PNG is damaged or cut short at byte " + pos
                        + "; it is not rewritten, so nothing more of it is lost");
            }
            long length = Integer.toUnsignedLong(Png.readInt(png, pos));
            long end = pos + 12 + length;
            if (end > png.length) {
                throw new EditRefusedException("the PNG is cut short inside the chunk at byte " + pos
                        + "; it is not rewritten, so nothing more of it is lost");
            }
            String type = new String(png, pos + 4, 4, StandardCharsets.US_ASCII);
            if (type.equals("IEND")) {
                iend = pos;
                break;
            }
            String kw = cardKeyword(png, pos, (int) length, type);
            hasChara |= "chara".equals(kw);
            hasCcv3 |= "ccv3".equals(kw);
            pos = (int) end;
        }
        byte[] chara = Png.textBody("chara", base64(spec == Spec.V3 ? asV2(json) : json));
        byte[] ccv3 = spec == Spec.V3 ? Png.textBody("ccv3", base64(json)) : null;
        ByteArrayOutputStream out = new ByteArrayOutputStream(png.length + chara.length * 3);
        out.write(png, 0, 8);
        boolean charaDone = false;
        boolean ccv3Done = false;
        for (int pos = 8; pos < iend; ) {
            int length = Png.readInt(png, pos);
            int end = pos + 12 + length;
            String type = new String(png, pos + 4, 4, StandardCharsets.US_ASCII);
            String kw = cardKeyword(png, pos, length, type);
            if (kw == null) {
                out.write(png, pos, end - pos);
            } else if (kw.equals("chara") && !charaDone) {
                Png.writeChunk(out, "tEXt", chara);
                charaDone = true;
            } else if (kw.equals("ccv3") && !ccv3Done && !charaDone && !hasChara) {
                // The card's only chunk: the backfill (V3) or the V2 card itself takes its place.
                Png.writeChunk(out, "tEXt", chara);
                charaDone = true;
                if (ccv3 != null) {
                    Png.writeChunk(out, "tEXt", ccv3);
                }
                ccv3Done = true;
            } else if (kw.equals("ccv3") && !ccv3Done && ccv3 != null) {
                Png.writeChunk(out, "tEXt", ccv3);
                ccv3Done = true;
            }
            pos = end;
        }
        if (!charaDone) {
            Png.writeChunk(out, "tEXt", chara);
        }
        if (ccv3 != null && !ccv3Done) {
            Png.writeChunk(out, "tEXt", ccv3);
        }
        out.write(png, iend, png.length - iend); // IEND and whatever trails it
        return out.toByteArray();
    }

    /**
     * {@code picture} carrying {@code card}'s card chunks and {@code chara-ext-asset_*} chunks byte for
     * byte, in their order, just before its IEND; the picture's own card chunks are dropped.
     */
    static byte[] carry(byte[] card, byte[] picture) throws EditRefusedException {
        int iend = iend(picture);
        ByteArrayOutputStream carried = new ByteArrayOutputStream();
        for (int pos = 8; pos < iend(card); ) {
            int length = Png.readInt(card, pos);
            String type = new String(card, pos + 4, 4, StandardCharsets.US_ASCII);
            if (cardKeyword(card, pos, length, type) != null || isAsset(card, pos, length, type)) {
                carried.write(card, pos, 12 + length);
            }
            pos += 12 + length;
        }
        byte[] bare = withoutCard(picture);
        int at = iend - (picture.length - bare.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(bare.length + carried.size());
        out.write(bare, 0, at);
        out.writeBytes(carried.toByteArray());
        out.write(bare, at, bare.length - at);
        return out.toByteArray();
    }

    private static boolean isAsset(byte[] png, int pos, int length, String type) {
        byte[] prefix = "chara-ext-asset_".getBytes(StandardCharsets.US_ASCII);
        return Png.isTextType(type) && length > prefix.length
                && java.util.Arrays.equals(png, pos + 8, pos + 8 + prefix.length, prefix, 0, prefix.length);
    }

    /** Where IEND starts, after checking every chunk before it is whole. */
    private static int iend(byte[] png) throws EditRefusedException {
        if (!Png.hasSignature(png)) {
            throw new EditRefusedException("the image is not a PNG");
        }
        for (int pos = 8; ; ) {
            if (pos + 12 > png.length || !Png.validType(png, pos + 4)) {
                throw new EditRefusedException("the PNG is damaged or cut short at byte " + pos);
            }
            long end = pos + 12 + Integer.toUnsignedLong(Png.readInt(png, pos));
            if (end > png.length) {
                throw new EditRefusedException("the PNG is cut short inside the chunk at byte " + pos);
            }
            if (new String(png, pos + 4, 4, StandardCharsets.US_ASCII).equals("IEND")) {
                return pos;
            }
            pos = (int) end;
        }
    }

    /** The PNG without its card chunks (an icon taken out of a CHARX may carry a stale card); other chunks kept. */
    static byte[] withoutCard(byte[] png) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(png.length);
        out.write(png, 0, 8);
        int pos = 8;
        while (pos + 12 <= png.length) {
            int length = Png.readInt(png, pos);
            if (length < 0 || pos + 12L + length > png.length) {
                break;
            }
            String type = new String(png, pos + 4, 4, StandardCharsets.US_ASCII);
            if (type.equals("IEND")) {
                break; // IEND and whatever trails it are copied as they are
            }
            if (cardKeyword(png, pos, length, type) == null) {
                out.write(png, pos, 12 + length);
            }
            pos += 12 + length;
        }
        out.write(png, pos, png.length - pos);
        return out.toByteArray();
    }

    private static String cardKeyword(byte[] png, int pos, int length, String type) {
        if (!Png.isTextType(type)) {
            return null;
        }
        int body = pos + 8;
        int max = Math.min(length, 80);
        for (int i = 0; i < max; i++) {
            if (png[body + i] == 0) {
                return Png.cardKeyword(new String(png, body, i, StandardCharsets.ISO_8859_1));
            }
        }
        return null;
    }

    static String base64(String json) {
        return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** The V3 card relabelled V2 for readers that only know V2 (they ignore the V3-only fields). */
    static String asV2(String v3Json) throws EditRefusedException {
        var root = CardJsonEdit.tree(v3Json);
        root.put("spec", "chara_card_v2");
        root.put("spec_version", "2.0");
        return JsonText.COMPACT.write(root);
    }
}
