package io.github.chargallery.gallery.model;

import java.util.Comparator;

/**
 * Case-insensitive "natural" string order: digit runs compare by value, so "Card 9" sorts before
 * "Card 10". Allocation-free because it runs inside sorts of tens of thousands of rows.
 */
final class NaturalOrder implements Comparator<String> {
    static final NaturalOrder INSTANCE = new NaturalOrder();

    private NaturalOrder() {
    }

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        int la = a.length();
        int lb = b.length();
        while (i < la && j < lb) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (isDigit(ca) && isDigit(cb)) {
                int si = i;
                int sj = j;
                while (si < la && a.charAt(si) == '0') {
                    si++;
                }
                while (sj < lb && b.charAt(sj) == '0') {
                    sj++;
                }
                int ei = si;
                int ej = sj;
                while (ei < la && isDigit(a.charAt(ei))) {
                    ei++;
                }
                while (ej < lb && isDigit(b.charAt(ej))) {
                    ej++;
                }
                int lenDiff = (ei - si) - (ej - sj);
                if (lenDiff != 0) {
                    return lenDiff;
                }
                for (int k = 0; k < ei - si; k++) {
                    int d = a.charAt(si + k) - b.charAt(sj + k);
                    if (d != 0) {
                        return d;
                    }
                }
                i = ei;
                j = ej;
                continue;
            }
            if (ca != cb) {
                char ua = Character.toLowerCase(Character.toUpperCase(ca));
                char ub = Character.toLowerCase(Character.toUpperCase(cb));
                if (ua != ub) {
                    return ua - ub;
                }
            }
            i++;
            j++;
        }
        return (la - i) - (lb - j);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
