package io.github.chargallery.card;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/** PNG container basics shared by the reader, the writer and the encoder. */
final class Png {
    static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private Png() {
    }

    static boolean hasSignature(byte[] head) {
        if (head.length < SIGNATURE.length) {
            return false;
        }
        for (int i = 0; i < SIGNATURE.length; i++) {
            if (head[i] != SIGNATURE[i]) {
                return false;
            }
        }
        return true;
    }

    static boolean isTextType(String type) {
        return type.equals("tEXt") || type.equals("zTXt") || type.equals("iTXt");
    }

    /** The card keyword a text chunk carries ("chara" or "ccv3", any case), or null. */
    static String cardKeyword(String keyword) {
        if (keyword.equalsIgnoreCase("chara")) {
            return "chara";
        }
        if (keyword.equalsIgnoreCase("ccv3")) {
            return "ccv3";
        }
        return null;
    }

    /** A chunk type is four ASCII letters; anything else means the walker lost its footing. */
    static boolean validType(byte[] b, int off) {
        for (int i = off; i < off + 4; i++) {
            int c = b[i] & 0xFF;
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
                return false;
            }
        }
        return true;
    }

    static void writeChunk(ByteArrayOutputStream out, String type, byte[] data) {
        writeInt(out, data.length);
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.write(t, 0, 4);
        out.write(data, 0, data.length);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        writeInt(out, (int) crc.getValue());
    }

    static void writeInt(ByteArrayOutputStream out, int v) {
        out.write(v >>> 24);
        out.write(v >>> 16);
        out.write(v >>> 8);
        out.write(v);
    }

    static int readInt(byte[] b, int off) {
        return ((b[off] & 0xFF) << 24) | ((b[off + 1] & 0xFF) << 16) | ((b[off + 2] & 0xFF) << 8) | (b[off + 3] & 0xFF);
    }

    /** A tEXt chunk body: keyword, NUL, Latin-1 text (base64 is plain ASCII). */
    static byte[] textBody(String keyword, String text) {
        byte[] k = keyword.getBytes(StandardCharsets.ISO_8859_1);
        byte[] t = text.getBytes(StandardCharsets.ISO_8859_1);
        byte[] body = new byte[k.length + 1 + t.length];
        System.arraycopy(k, 0, body, 0, k.length);
        System.arraycopy(t, 0, body, k.length + 1, t.length);
        return body;
    }

    /** Names the real format of a file that is not a PNG, so the error says what the user has. */
    static String sniff(byte[] head, int n) {
        if (n == 0) {
            return "the file is empty";
        }
        if (n >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
            return "it is a JPEG image";
        }
        if (n >= 12 && head[0] == 'R' && head[1] == 'I' && head[2] == 'F' && head[3] == 'F' && head[8] == 'W'
                && head[9] == 'E' && head[10] == 'B' && head[11] == 'P') {
            return "it is a WebP image";
        }
        if (n >= 4 && head[0] == 'G' && head[1] == 'I' && head[2] == 'F' && head[3] == '8') {
            return "it is a GIF image";
        }
        if (n >= 2 && head[0] == 'P' && head[1] == 'K') {
            return "it is a zip archive";
        }
        if (n >= 1 && (head[0] == '{' || head[0] == '[')) {
            return "it looks like JSON";
        }
        if (looksLikeText(head, n)) {
            return "it is a text file";
        }
        return "it does not start with the PNG signature";
    }

    /** Printable ASCII and whitespace only (UTF-8 text starting with English, which renamed notes do). */
    private static boolean looksLikeText(byte[] head, int n) {
        for (int i = 0; i < n; i++) {
            int c = head[i] & 0xFF;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c > 0x7E) {
                return false;
            }
        }
        return true;
    }
}
