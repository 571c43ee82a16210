package io.github.chargallery.card;

import java.text.Normalizer;
import java.util.Map;

/**
 * A generated picture for a card that has none: its initials in white on a colour chosen from its name,
 * drawn with a small built-in 5x7 bitmap font (Latin letters, digits; anything else as "?"), so no
 * image library is needed. 400x600, the shape of most card pictures.
 */
final class Portrait {
    static final int WIDTH = 400;
    static final int HEIGHT = 600;
    private static final int SCALE = 28;

    private static final Map<Character, String> FONT = Map.ofEntries(
            Map.entry('A', ".###.#...##...#######...##...##...#"),
            Map.entry('B', "####.#...##...#####.#...##...#####."),
            Map.entry('C', ".###.#...##....#....#....#...#.###."),
            Map.entry('D', "####.#...##...##...##...##...#####."),
            Map.entry('E', "######....#....####.#....#....#####"),
            Map.entry('F', "######....#....####.#....#....#...."),
            Map.entry('G', ".###.#...##....#.####...##...#.####"),
            Map.entry('H', "#...##...##...#######...##...##...#"),
            Map.entry('I', ".###...#....#....#....#....#...###."),
            Map.entry('J', "..###...#....#....#....#.#..#..##.."),
            Map.entry('K', "#...##..#.#.#..##...#.#..#..#.#...#"),
            Map.entry('L', "#....#....#....#....#....#....#####"),
            Map.entry('M', "#...###.###.#.##.#.##...##...##...#"),
            Map.entry('N', "#...##...###..##.#.##..###...##...#"),
            Map.entry('O', ".###.#...##...##...##...##...#.###."),
            Map.entry('P', "####.#...##...#####.#....#....#...."),
            Map.entry('Q', ".###.#...##...##...##.#.##..#..##.#"),
            Map.entry('R', "####.#...##...#####.#.#..#..#.#...#"),
            Map.entry('S', ".#####....#.....###.....#....#####."),
            Map.entry('T', "#####..#....#....#....#....#....#.."),
            Map.entry('U', "#...##...##...##...##...##...#.###."),
            Map.entry('V', "#...##...##...##...##...#.#.#...#.."),
            Map.entry('W', "#...##...##...##.#.##.#.##.#.#.#.#."),
            Map.entry('X', "#...##...#.#.#...#...#.#.#...##...#"),
            Map.entry('Y', "#...##...#.#.#...#....#....#....#.."),
            Map.entry('Z', "#####....#...#...#...#...#....#####"),
            Map.entry('0', ".###.#...##..###.#.###..##...#.###."),
            Map.entry('1', "..#...##....#....#....#....#...###."),
            Map.entry('2', ".###.#...#....#...#...#...#...#####"),
            Map.entry('3', "####.....#....#.###.....#....#####."),
            Map.entry('4', "...#...##..#.#.#..#.#####...#....#."),
            Map.entry('5', "######....####.....#....##...#.###."),
            Map.entry('6', "..##..#...#....####.#...##...#.###."),
            Map.entry('7', "#####....#...#...#...#....#....#..."),
            Map.entry('8', ".###.#...##...#.###.#...##...#.###."),
            Map.entry('9', ".###.#...##...#.####....#...#..##.."),
            Map.entry('?', ".###.#...#....#...#...#.........#.."));

    private Portrait() {
    }

    /** Up to two initials the font can draw ("Seraphina Vale" gives "SV", "Émile" "E"); "?" when none. */
    static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name == null ? new String[0] : name.strip().split("\\s+")) {
            String plain = Normalizer.normalize(w, Normalizer.Form.NFD).toUpperCase(java.util.Locale.ROOT);
            plain.chars().filter(c -> FONT.containsKey((char) c) && c != '?').findFirst()
                    .ifPresent(c -> sb.append((char) c));
            if (sb.length() == 2) {
                break;
            }
        }
        return sb.isEmpty() ? "?" : sb.toString();
    }

    /** The portrait's RGB pixels as a PNG. */
    static byte[] png(String name) {
        byte[] px = new byte[WIDTH * HEIGHT * 3];
        int[] rgb = colour(name == null ? "" : name);
        for (int y = 0; y < HEIGHT; y++) {
            // a soft vertical gradient: full colour at the top, 70% at the bottom
            double f = 1.0 - 0.3 * y / HEIGHT;
            for (int x = 0; x < WIDTH; x++) {
                int i = (y * WIDTH + x) * 3;
                px[i] = (byte) (rgb[0] * f);
                px[i + 1] = (byte) (rgb[1] * f);
                px[i + 2] = (byte) (rgb[2] * f);
            }
        }
        String text = initials(name);
        int width = text.length() * 5 * SCALE + (text.length() - 1) * SCALE;
        int left = (WIDTH - width) / 2;
        int top = (HEIGHT - 7 * SCALE) / 2;
        for (int k = 0; k < text.length(); k++) {
            String glyph = FONT.get(text.charAt(k));
            int gx = left + k * 6 * SCALE;
            for (int row = 0; row < 7; row++) {
                for (int col = 0; col < 5; col++) {
                    if (glyph.charAt(row * 5 + col) == '#') {
                        fill(px, gx + col * SCALE, top + row * SCALE, SCALE);
                    }
                }
            }
        }
        return PngEncoder.encode(WIDTH, HEIGHT, px, false);
    }

    private static void fill(byte[] px, int x0, int y0, int size) {
        for (int y = y0; y < y0 + size; y++) {
            for (int x = x0; x < x0 + size; x++) {
                int i = (y * WIDTH + x) * 3;
                px[i] = (byte) 0xF4;
                px[i + 1] = (byte) 0xF4;
                px[i + 2] = (byte) 0xF4;
            }
        }
    }

    /** A muted colour from the name's hash: every hue, dark enough for white letters. */
    static int[] colour(String name) {
        int h = name.hashCode();
        double hue = Math.floorMod(h, 360);
        double s = 0.45 + Math.floorMod(h >>> 9, 20) / 100.0;
        double v = 0.50 + Math.floorMod(h >>> 17, 15) / 100.0;
        double c = v * s;
        double hp = hue / 60;
        double x = c * (1 - Math.abs(hp % 2 - 1));
        double[] rgb = hp < 1 ? new double[] {c, x, 0} : hp < 2 ? new double[] {x, c, 0} : hp < 3
                ? new double[] {0, c, x} : hp < 4 ? new double[] {0, x, c} : hp < 5 ? new double[] {x, 0, c}
                : new double[] {c, 0, x};
        double m = v - c;
        return new int[] {(int) ((rgb[0] + m) * 255), (int) ((rgb[1] + m) * 255), (int) ((rgb[2] + m) * 255)};
    }
}
