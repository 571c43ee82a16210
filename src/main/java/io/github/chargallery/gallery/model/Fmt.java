package io.github.chargallery.gallery.model;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Number and time formatting for status texts ("10,000 cards"). */
public final class Fmt {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private Fmt() {
    }

    public static String count(long n) {
        return NumberFormat.getIntegerInstance(Locale.US).format(n);
    }

    public static String plural(long n, String one, String many) {
    return count(n) + " " + (n == 1 ? one : many);
    }

    static String time(long epochMillis) {
        return TIME.format(Instant.ofEpochMilli(epochMillis));
    }

    /** Like {@link #date}, to the second (two saves a minute apart must not read the same). */
    public static String dateSeconds(long epochMillis) {
        return SECONDS.format(java.time.Instant.ofEpochMilli(epochMillis));
    }

    public static String date(long epochMillis) {
        return DATE.format(Instant.ofEpochMilli(epochMillis));
    }

    static String seconds(long millis) {
        return String.format(Locale.US, "%.1f s", millis / 1000.0);
    }

    public static String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        if (n < 1024 * 1024) {
            return String.format(Locale.US, "%.0f KB", n / 1024.0);
        }
        return String.format(Locale.US, "%.1f MB", n / (1024.0 * 1024));
    }
}
