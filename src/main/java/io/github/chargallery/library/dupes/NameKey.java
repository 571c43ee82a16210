package io.github.chargallery.library.dupes;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names as a user tells characters apart: case, accents, punctuation, spaces and emoji do not count, and a
 * subtitle after a separator ("Aira || Sweet Hydromancer", "Aira - Sweet Hydromancer", "Aira (v2)") does not
 * either, so re-uploads and new versions of one character by one creator meet.
 */
public final class NameKey {
    /** What separates a character's name from a subtitle or tagline. */
    private static final Pattern SUBTITLE = Pattern.compile("\\s*(\\|\\||\\||/| - | – | — |:|\\(|\\[|\\{|~).*$");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private NameKey() {
    }

    /** The key of a character's name: its part before any subtitle, folded; the whole name when that is empty. */
    public static String of(String name) {
        if (name == null) {
            return "";
        }
        String base = fold(cut(name));
        return base.isEmpty() ? fold(name) : base;
    }

    /** The name before a subtitle separator; the regex only runs on names holding a separator character. */
    private static String cut(String name) {
        for (int i = 0; i < name.length(); i++) {
            if ("|/-–—:([{~".indexOf(name.charAt(i)) >= 0) {
                return SUBTITLE.matcher(name).replaceFirst("");
            }
        }
        return name;
    }

    /** Lower case, accents off, only letters and digits kept (punctuation, spaces, emoji dropped). */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 0x80;
        }
        if (ascii) { // most names: one pass, no regex (50k names are folded for every count)
            StringBuilder sb = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c >= 'A' && c <= 'Z') {
                    sb.append((char) (c + 32));
                } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                    sb.append(c);
                }
            }
            return sb.toString();
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFKD);
        d = MARKS.matcher(d).replaceAll("");
        return NOT_WORD.matcher(d.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
