package io.github.chargallery.library;

import io.github.chargallery.card.CardExport;
import io.github.chargallery.card.CardFile;
import io.github.chargallery.card.CardFormatException;
import io.github.chargallery.card.EditRefusedException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;

/**
 * The PNG bytes SillyTavern gets for a card file. A PNG card whose card is in a {@code tEXt} chunk (the only
 * kind SillyTavern reads) is copied byte for byte, so it keeps its identity; any other card (JSON, CHARX, a
 * PNG with the card in a compressed chunk) is converted by {@link CardExport}: V2 {@code chara}, or V3
 * {@code ccv3} with a {@code chara} backfill, on its own picture or a generated portrait.
 */
final class SillyTavernPng {
    /** The bytes, and whether they are a conversion (another identity than the source's). */
    record Bytes(byte[] png, boolean converted) {
    }

    private SillyTavernPng() {
    }

    static Bytes of(CardFile card) throws IOException, CardFormatException, EditRefusedException {
        if (card.format() == CardFile.Format.PNG) {
            byte[] bytes = Files.readAllBytes(card.path());
            if (hasTextCardChunk(bytes)) {
                return new Bytes(bytes, false);
            }
        }
        return new Bytes(CardExport.pngBytes(card.path(), null, Instant.now()), true);
    }

    /** Whether a tEXt chunk with the keyword chara or ccv3 (any case, as SillyTavern matches it) is there. */
    static boolean hasTextCardChunk(byte[] png) {
        int pos = 8;
        while (pos + 12 <= png.length) {
            long length = ((png[pos] & 0xFFL) << 24) | ((png[pos + 1] & 0xFF) << 16) | ((png[pos + 2] & 0xFF) << 8)
                    | (png[pos + 3] & 0xFF);
            String type = new String(png, pos + 4, 4, StandardCharsets.ISO_8859_1);
            if (length > png.length - pos - 12) {
                return false;
            }
            if (type.equals("tEXt")) {
                int body = pos + 8;
                int end = body;
                while (end < body + length && png[end] != 0) {
                    end++;
                }
                String keyword = new String(png, body, end - body, StandardCharsets.ISO_8859_1);
                if (keyword.equalsIgnoreCase("chara") || keyword.equalsIgnoreCase("ccv3")) {
                    return true;
                }
            }
            if (type.equals("IEND")) {
                return false;
            }
            pos += 12 + (int) length;
        }
        return false;
    }
}
