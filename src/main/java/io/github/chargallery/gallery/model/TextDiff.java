package io.github.chargallery.gallery.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-by-word difference of two texts (longest common subsequence), for comparing two versions of a
 * card's description or first message. Texts too long for the table fall back to comparing lines.
 */
public final class TextDiff {
    /** Beyond this many cells (words x words) the comparison is done by lines. */
    private static final long MAX_CELLS = 4_000_000;
    private static final Pattern WORD = Pattern.compile("\\s+|[^\\s]+");

    public enum Kind { SAME, REMOVED, ADDED }

    public record Piece(String text, Kind kind) {
    }

    private TextDiff() {
    }

    public static List<Piece> of(String a, String b) {
        List<String> x = split(a, false);
        List<String> y = split(b, false);
        if ((long) x.size() * y.size() > MAX_CELLS) {
            x = split(a, true);
            y = split(b, true);
            if ((long) x.size() * y.size() > MAX_CELLS) {
                return List.of(new Piece(a, Kind.REMOVED), new Piece(b, Kind.ADDED));
            }
        }
        int n = x.size();
        int m = y.size();
        int[][] l = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                l[i][j] = x.get(i).equals(y.get(j)) ? l[i + 1][j + 1] + 1 : Math.max(l[i + 1][j], l[i][j + 1]);
            }
        }
        List<Piece> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && x.get(i).equals(y.get(j))) {
                add(out, x.get(i), Kind.SAME);
                i++;
                j++;
            } else if (j < m && (i == n || l[i][j + 1] >= l[i + 1][j])) {
                add(out, y.get(j++), Kind.ADDED);
            } else {
                add(out, x.get(i++), Kind.REMOVED);
            }
        }
        return out;
    }

    private static void add(List<Piece> out, String text, Kind kind) {
        if (!out.isEmpty() && out.get(out.size() - 1).kind() == kind) {
            out.set(out.size() - 1, new Piece(out.get(out.size() - 1).text() + text, kind));
        } else {
            out.add(new Piece(text, kind));
        }
    }

    private static List<String> split(String s, boolean lines) {
        List<String> out = new ArrayList<>();
        if (s == null || s.isEmpty()) {
            return out;
        }
        if (lines) {
            for (String line : s.split("(?<=\n)")) {
                out.add(line);
            }
            return out;
        }
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
