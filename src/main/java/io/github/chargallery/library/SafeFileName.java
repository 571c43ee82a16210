package io.github.chargallery.library;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * A file name made from a card's name that every OS accepts: none of {@code / \ : * ? " < > |} or control
 * characters (each becomes a space, runs of spaces one), no leading dots (hidden on Unix) and no trailing dots
 * or spaces (Windows drops them), not a reserved Windows device name ({@code CON}, {@code COM1}, ... get a
 * "_"), at most {@value #MAX_CHARS} characters and {@value #MAX_BYTES} UTF-8 bytes, so that " (12).png" still
 * fits the 255 bytes file systems allow.
 */
public final class SafeFileName {
    static final int MAX_CHARS = 100;
    static final int MAX_BYTES = 200;
    private static final String FALLBACK = "character";
    private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3",
            "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6",
            "LPT7", "LPT8", "LPT9");

    private SafeFileName() {
    }

    /** The base name (no extension) for a card called {@code name}. */
    public static String of(String name) {
        String n = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder(n.length());
        n.codePoints().forEach(cp -> sb.appendCodePoint(forbidden(cp) ? ' ' : cp));
        String s = sb.toString().replaceAll("\\s+", " ").strip();
        s = s.replaceFirst("^[. ]+", "");
        s = bounded(s);
        s = s.replaceFirst("[. ]+$", "");
        if (s.isEmpty()) {
            return FALLBACK;
        }
        String device = s.split("\\.", 2)[0].strip().toUpperCase(Locale.ROOT);
        return RESERVED.contains(device) ? s + "_" : s;
    }

    private static boolean forbidden(int cp) {
        return cp < 0x20 || cp == 0x7F || "/\\:*?\"<>|".indexOf(cp) >= 0 || Character.getType(cp) == Character.FORMAT
                && cp != 0x200D; // direction overrides and the like hide what a name says; keep emoji joiners
    }

    /** Cut at a whole character (never half a surrogate pair) to both limits. */
    private static String bounded(String s) {
        StringBuilder out = new StringBuilder();
        int bytes = 0;
        int chars = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            String c = new String(Character.toChars(cp));
            int b = c.getBytes(StandardCharsets.UTF_8).length;
            if (chars + 1 > MAX_CHARS || bytes + b > MAX_BYTES) {
                break;
            }
            out.append(c);
            bytes += b;
            chars++;
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
