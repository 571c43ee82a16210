package io.github.chargallery.card;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Replaces {@code card.json} in a CHARX (zip) and copies every other entry raw: its local header and
 * compressed bytes as they are, nothing re-compressed, so assets stay byte for byte. The central directory
 * is copied too, with only the offsets (and the card entry's sizes) changed. Zip64 archives (over 4 GB or
 * 65,535 entries) are refused rather than rewritten some other way.
 */
final class CharxRewrite {
    private static final int LOCAL = 0x04034b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int END = 0x06054b50;
    private static final int DESCRIPTOR = 0x08074b50;

    private record Entry(int central, int centralLength, String name, int flags, int localOffset, long compressed) {
    }

    private CharxRewrite() {
    }

    static byte[] withCardJson(byte[] zip, byte[] json) throws EditRefusedException {
        int eocd = findEnd(zip);
        int count = u16(zip, eocd + 10);
        long cdSize = u32(zip, eocd + 12);
        long cdOffset = u32(zip, eocd + 16);
        if (count == 0xFFFF || cdSize == 0xFFFFFFFFL || cdOffset == 0xFFFFFFFFL) {
            throw new EditRefusedException("this CHARX is a zip64 archive, which the editor does not rewrite");
        }
        if (cdOffset + cdSize > eocd) {
            throw new EditRefusedException("this CHARX's zip directory is damaged; it is not rewritten");
        }
        List<Entry> entries = new ArrayList<>();
        int p = (int) cdOffset;
        for (int i = 0; i < count; i++) {
            if (p + 46 > eocd || s32(zip, p) != CENTRAL) {
                throw new EditRefusedException("this CHARX's zip directory is damaged; it is not rewritten");
            }
            int n = u16(zip, p + 28);
            int len = 46 + n + u16(zip, p + 30) + u16(zip, p + 32);
            String name = new String(zip, p + 46, n, StandardCharsets.UTF_8);
            if (u32(zip, p + 20) == 0xFFFFFFFFL || u32(zip, p + 42) == 0xFFFFFFFFL) {
                throw new EditRefusedException("this CHARX is a zip64 archive, which the editor does not rewrite");
            }
            entries.add(new Entry(p, len, name, u16(zip, p + 8), (int) u32(zip, p + 42), u32(zip, p + 20)));
            p += len;
        }
        Entry card = cardEntry(entries);
        if (card == null) {
            throw new EditRefusedException("this CHARX has no card.json to replace");
        }
        List<Entry> byOffset = new ArrayList<>(entries);
        byOffset.sort(Comparator.comparingInt(Entry::localOffset));
        int first = byOffset.isEmpty() ? (int) cdOffset : byOffset.get(0).localOffset();
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length + json.length);
        out.write(zip, 0, first); // whatever precedes the first entry (rare: a self-extractor stub)
        Deflated d = deflate(json);
        int[] moved = new int[entries.size()];
        for (Entry e : byOffset) {
            moved[entries.indexOf(e)] = out.size();
            if (e == card) {
                writeLocal(out, zip, e, json, d);
            } else {
                out.write(zip, e.localOffset(), localEnd(zip, e, (int) cdOffset) - e.localOffset());
            }
        }
        int newCd = out.size();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            byte[] rec = java.util.Arrays.copyOfRange(zip, e.central(), e.central() + e.centralLength());
            put32(rec, 42, moved[i]);
            if (e == card) {
                put16(rec, 8, e.flags() & 0x800);
                put16(rec, 10, 8);
                put32(rec, 16, (int) d.crc());
                put32(rec, 20, d.bytes().length);
                put32(rec, 24, json.length);
            }
            out.write(rec, 0, rec.length);
        }
        int newCdSize = out.size() - newCd;
        byte[] end = java.util.Arrays.copyOfRange(zip, eocd, zip.length);
        put32(end, 12, newCdSize);
        put32(end, 16, newCd);
        out.write(end, 0, end.length);
        return out.toByteArray();
    }

    /** card.json at the root, as the reader finds it (exact name first, then any case). */
    private static Entry cardEntry(List<Entry> entries) {
        for (Entry e : entries) {
            if (e.name().equals(Charx.CARD_JSON)) {
                return e;
            }
        }
        for (Entry e : entries) {
            if (e.name().equalsIgnoreCase(Charx.CARD_JSON)) {
                return e;
            }
        }
        return null;
    }

    private record Deflated(byte[] bytes, long crc) {
    }

    private static Deflated deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 64);
            byte[] buf = new byte[64 * 1024];
            while (!deflater.finished()) {
                out.write(buf, 0, deflater.deflate(buf));
            }
            CRC32 crc = new CRC32();
            crc.update(data);
            return new Deflated(out.toByteArray(), crc.getValue());
        } finally {
            deflater.end();
        }
    }

    private static void writeLocal(ByteArrayOutputStream out, byte[] zip, Entry e, byte[] json, Deflated d) {
        int n = u16(zip, e.central() + 28);
        byte[] h = new byte[30];
        put32(h, 0, LOCAL);
        put16(h, 4, 20);
        put16(h, 6, e.flags() & 0x800); // keeps "names are UTF-8"; no data descriptor, no encryption
        put16(h, 8, 8);
        put16(h, 10, u16(zip, e.central() + 12)); // time and date as they were
        put16(h, 12, u16(zip, e.central() + 14));
        put32(h, 14, (int) d.crc());
        put32(h, 18, d.bytes().length);
        put32(h, 22, json.length);
        put16(h, 26, n);
        put16(h, 28, 0);
        out.write(h, 0, 30);
        out.write(zip, e.central() + 46, n);
        out.write(d.bytes(), 0, d.bytes().length);
    }

    /** Where an entry's local record ends: header, name, extra, data and its data descriptor if any. */
    private static int localEnd(byte[] zip, Entry e, int limit) throws EditRefusedException {
        int off = e.localOffset();
        if (off + 30 > limit || s32(zip, off) != LOCAL) {
            throw new EditRefusedException("the entry " + e.name() + " of this CHARX is damaged; it is not rewritten");
        }
        long end = off + 30L + u16(zip, off + 26) + u16(zip, off + 28) + e.compressed();
        if ((e.flags() & 8) != 0) {
            end += end + 4 <= limit && s32(zip, (int) end) == DESCRIPTOR ? 16 : 12;
        }
        if (end > limit) {
            throw new EditRefusedException("the entry " + e.name() + " of this CHARX is cut short; it is not rewritten");
        }
        return (int) end;
    }

    private static int findEnd(byte[] zip) throws EditRefusedException {
        for (int i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xFFFF); i--) {
            if (s32(zip, i) == END && i + 22 + u16(zip, i + 20) == zip.length) {
                return i;
            }
        }
        throw new EditRefusedException("this CHARX is not a complete zip archive; it is not rewritten");
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static int s32(byte[] b, int at) {
        return u16(b, at) | u16(b, at + 2) << 16;
    }

    private static long u32(byte[] b, int at) {
        return Integer.toUnsignedLong(s32(b, at));
    }

    private static void put16(byte[] b, int at, int v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >>> 8);
    }

    private static void put32(byte[] b, int at, int v) {
        put16(b, at, v);
        put16(b, at + 2, v >>> 16);
    }
}
