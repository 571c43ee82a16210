package io.github.chargallery.card;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Paths whose names are not text. A Linux file name is bytes; Java turns it into a String with the
 * platform encoding (sun.jnu.encoding), which maps every byte that does not decode to U+FFFD, so
 * "bad\xFF.png" and "bad\xFE.png" give the same string and {@code Path.of(thatString)} names neither file
 * (JDK-4899439). A Path the JDK made from a directory listing keeps the raw bytes, and so do its
 * {@code toUri()} (bytes percent-escaped) and {@code Path.of(URI)}: this class stores such paths as that URI.
 */
public final class FileNames {
    private static final String URI_PREFIX = "file:";

    private FileNames() {
    }

    /**
     * A string that gives this exact path back through {@link #path}, the same under any locale: the
     * path's own string when it names the same file; its bytes read as UTF-8 when they are UTF-8 that this
     * locale cannot decode (LANG=C); otherwise its {@code file:} URI. No absolute path string starts with
     * "file:", so the forms never collide.
     */
    public static String text(Path p) {
        String s = p.toString();
        if (decodesLosslessly(p, s)) {
            return s;
        }
        String utf8 = strictUtf8(bytes(p));
        if (utf8 != null) {
            return utf8;
        }
        String uri = p.toAbsolutePath().toUri().toString();
        // toUri() marks an existing folder with a trailing slash; the stored form must not depend on that.
        return uri.endsWith("/") && !s.endsWith("/") && uri.length() > "file:///".length()
                ? uri.substring(0, uri.length() - 1) : uri;
    }

    /** The path {@link #text} was made from. */
    public static Path path(String text) {
        if (text.startsWith(URI_PREFIX)) {
            return Path.of(URI.create(text));
        }
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            // UTF-8 text this locale cannot encode (an index written under a UTF-8 locale, read under LANG=C)
            Path p = fromBytes(text.getBytes(StandardCharsets.UTF_8));
            if (p == null) {
                throw e;
            }
            return p;
        }
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }

    /** True when the path's string names this very path (it can be shown, typed and stored as is). */
    public static boolean decodesLosslessly(Path p) {
        return decodesLosslessly(p, p.toString());
    }

    private static boolean decodesLosslessly(Path p, String s) {
        if (s.indexOf('\uFFFD') < 0) {
            return true; // nothing was replaced: the platform charset decoded every byte
        }
        try {
            return p.getFileSystem().getPath(s).equals(p); // a real U+FFFD in the name encodes back to it
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /**
     * The path for people to read: its string, except that each byte of a name that is not UTF-8 is
     * shown as {@code \xFF} (as a shell's $'...' quoting writes it), so two such names look different.
     */
    public static String display(Path p) {
        String s = p.toString();
        if (decodesLosslessly(p, s)) {
            return s;
        }
        byte[] bytes = bytes(p);
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length * 4 + 4);
        while (true) {
            CoderResult r = d.decode(in, out, true);
            if (r.isUnderflow()) {
                break;
            }
            if (r.isError()) {
                for (int i = 0; i < r.length(); i++) {
                    out.put(String.format("\\x%02X", in.get() & 0xFF));
                }
            }
        }
        d.flush(out);
        return out.flip().toString();
    }

    /** The bytes of the path as the file system holds them (an absolute path's from its root). */
    static byte[] bytes(Path p) {
        boolean relative = !p.isAbsolute();
        Path abs = relative ? p.getFileSystem().getPath("/").resolve(p) : p;
        String raw = abs.toUri().getRawPath();
        ByteArrayOutputStream b = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length()) {
                b.write(Integer.parseInt(raw, i + 1, i + 3, 16));
                i += 2;
            } else {
                b.write(c); // toUri() escapes everything that is not ASCII
            }
        }
        byte[] all = b.toByteArray();
        int from = relative ? 1 : 0;
        int to = all.length;
        if (to > 1 && all[to - 1] == '/' && !p.toString().endsWith("/")) {
            to--;
        }
        return java.util.Arrays.copyOfRange(all, from, Math.max(from, to));
    }

    /**
     * The path named by raw bytes (as the kernel passed them on a command line), relative ones as
     * relative paths; null when the bytes cannot name a path (a NUL byte).
     */
    public static Path fromBytes(byte[] name) {
        if (name.length == 0) {
            return null;
        }
        StringBuilder uri = new StringBuilder("file://");
        boolean relative = name[0] != '/';
        if (relative) {
            uri.append('/');
        }
        for (byte x : name) {
            int c = x & 0xFF;
            if (c == 0) {
                return null;
            }
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "/-._~".indexOf(c) >= 0) {
                uri.append((char) c);
            } else {
                uri.append('%').append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
            }
        }
        Path abs;
        try {
            abs = Path.of(URI.create(uri.toString()));
        } catch (IllegalArgumentException e) {
            return null;
        }
        return relative ? abs.getRoot().relativize(abs) : abs;
    }
}
