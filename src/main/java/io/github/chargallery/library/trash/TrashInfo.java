package io.github.chargallery.library.trash;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The {@code .trashinfo} file of the freedesktop.org Trash specification 1.0: a {@code [Trash Info]} group
 * with {@code Path=} (the original path, URL-escaped as RFC 2396 says) and {@code DeletionDate=} (local
 * time, {@code YYYY-MM-DDThh:mm:ss}).
 */
final class TrashInfo {
    static final String SUFFIX = ".trashinfo";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    /** RFC 2396's unreserved characters, plus '/' which separates the path's segments. */
    private static final String UNRESERVED = "-_.!~*'()/";

    private TrashInfo() {
    }

    /** The file's text; {@code path} is absolute for the home trash, relative to the top directory otherwise. */
    static String text(byte[] path, LocalDateTime deleted) {
        return "[Trash Info]\nPath=" + escape(path) + "\nDeletionDate="
                + deleted.truncatedTo(ChronoUnit.SECONDS).format(DATE) + "\n";
    }

    static String escape(byte[] path) {
        StringBuilder sb = new StringBuilder(path.length + 16);
        for (byte b : path) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || UNRESERVED.indexOf(c) >= 0)) {
                sb.append((char) c);
            } else {
                sb.append('%').append(HexFormat.of().withUpperCase().toHexDigits((byte) c));
            }
        }
        return sb.toString();
    }

    /** The raw bytes of an escaped path (a bad escape is kept as it is written). */
    static byte[] unescape(String escaped) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(escaped.length());
        byte[] in = escaped.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < in.length; i++) {
            if (in[i] == '%' && i + 2 < in.length && hex(in[i + 1]) >= 0 && hex(in[i + 2]) >= 0) {
                out.write(hex(in[i + 1]) * 16 + hex(in[i + 2]));
                i += 2;
            } else {
                out.write(in[i]);
            }
        }
        return out.toByteArray();
    }

    private static int hex(byte b) {
        return Character.digit(b, 16);
    }

    /** An absolute path's bytes as the file system has them (a name that is not UTF-8 keeps its own bytes). */
    static byte[] bytes(Path absolute) {
        byte[] b = unescape(absolute.toUri().getRawPath()); // toUri() escapes every byte that is not ASCII
        int to = b.length;
        if (to > 1 && b[to - 1] == '/' && !absolute.toString().endsWith("/")) {
            to--; // an existing folder's URI ends with a slash
        }
        return java.util.Arrays.copyOf(b, to);
    }

    /** The bytes of {@code file} relative to {@code topdir}, which holds it. */
    static byte[] relativeBytes(Path topdir, Path file) {
        byte[] all = bytes(file);
        byte[] top = bytes(topdir);
        int from = top.length == 1 ? 1 : top.length + 1; // past "topdir/" (or "/" itself)
        return java.util.Arrays.copyOfRange(all, from, all.length);
    }

    /** The {@code Path=} value of a .trashinfo text, unescaped to bytes; null when there is none. */
    static byte[] pathOf(String info) {
        boolean inGroup = false;
        for (String line : info.split("\r?\n")) {
            String l = line.strip();
            if (l.startsWith("[")) {
                inGroup = l.equals("[Trash Info]");
            } else if (inGroup && l.startsWith("Path=")) {
                return unescape(l.substring("Path=".length()));
            }
        }
        return null;
    }
}
