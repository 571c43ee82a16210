package io.github.chargallery.card;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A PNG's chunks as tests compare them: type, keyword (text chunks), whole bytes. */
final class Chunks {
    record Chunk(String type, String keyword, byte[] bytes) {
        boolean isCard() {
            return keyword != null && (keyword.equalsIgnoreCase("chara") || keyword.equalsIgnoreCase("ccv3"));
        }

        /** "tEXt:chara" or "IDAT"; with a hash of the bytes so two lists compare byte for byte. */
        String id() {
            return type + (keyword == null ? "" : ":" + keyword) + "#" + Arrays.hashCode(bytes) + "/" + bytes.length;
        }
    }

    private Chunks() {
    }

    static List<Chunk> of(byte[] png) {
        List<Chunk> out = new ArrayList<>();
        for (int pos = 8; pos + 12 <= png.length; ) {
            int len = Png.readInt(png, pos);
            String type = new String(png, pos + 4, 4, StandardCharsets.US_ASCII);
            String kw = null;
            if (Png.isTextType(type)) {
                int nul = pos + 8;
                while (png[nul] != 0) {
                    nul++;
                }
                kw = new String(png, pos + 8, nul - pos - 8, StandardCharsets.ISO_8859_1);
            }
            out.add(new Chunk(type, kw, Arrays.copyOfRange(png, pos, pos + 12 + len)));
            pos += 12 + len;
            if (type.equals("IEND")) {
                break;
            }
        }
        return out;
    }

    /** The chunks that are not card chunks, as ids in order. */
    static List<String> others(byte[] png) {
        return of(png).stream().filter(c -> !c.isCard()).map(Chunk::id).toList();
    }

    /** Types (and keywords) in order: "IHDR", "tEXt:chara", ... */
    static List<String> layout(byte[] png) {
        return of(png).stream().map(c -> c.type() + (c.keyword() == null ? "" : ":" + c.keyword())).toList();
    }

    /**
     * A minimal SillyTavern-style reader, written from its public behaviour: tEXt chunks only, the
     * {@code ccv3} keyword first, then {@code chara}; the text is base64 of UTF-8 JSON.
     */
    static String sillyTavernRead(byte[] png) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Chunk c : of(png)) {
            if (c.type().equals("tEXt")) {
                byte[] b = c.bytes();
                int start = 8 + c.keyword().length() + 1;
                texts.putIfAbsent(c.keyword().toLowerCase(),
                        new String(b, start, b.length - 4 - start, StandardCharsets.ISO_8859_1));
            }
        }
        String text = texts.containsKey("ccv3") ? texts.get("ccv3") : texts.get("chara");
        if (text == null) {
            throw new IllegalStateException("no character data");
        }
        return new String(Base64.getDecoder().decode(text), StandardCharsets.UTF_8);
    }
}
