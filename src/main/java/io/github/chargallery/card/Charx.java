package io.github.chargallery.card;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.chargallery.card.CardFormatException.Kind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/** CHARX: a zip with card.json at its root and assets under assets/. */
final class Charx {
    static final String CARD_JSON = "card.json";
    static final String DEFAULT_ICON = "assets/icon/images/1.png";

    private Charx() {
    }

    static Card read(Path file, String fallbackName, List<String> warnings) throws CardFormatException {
        try (ZipFile zip = open(file)) {
            ZipEntry entry = cardEntry(zip);
            if (entry == null) {
                throw new CardFormatException(file, Kind.NO_CARD_JSON, "CHARX has no card.json at its root");
            }
            String json = new String(readEntry(file, zip, entry, Limits.MAX_CARD_BYTES), StandardCharsets.UTF_8);
            return CardParser.parse(file, CARD_JSON, json, fallbackName, warnings);
        } catch (IOException e) {
            throw Io.error(file, e);
        }
    }

    /** The icon asset's bytes: the card's "icon" asset when it points into the zip, else the first file under assets/icon/. */
    static Optional<byte[]> icon(Path file, long cap) throws CardFormatException {
        try (ZipFile zip = open(file)) {
            ZipEntry icon = null;
            ZipEntry cardEntry = cardEntry(zip);
            if (cardEntry != null) {
                try {
                    JsonNode root = CardParser.MAPPER.readTree(readEntry(file, zip, cardEntry, Limits.MAX_CARD_BYTES));
                    icon = iconFromAssets(zip, root.path("data").path("assets"));
                } catch (IOException e) {
                    icon = null; // an unreadable card.json still lets the icon be found by its folder
                }
            }
            if (icon == null) {
                Enumeration<? extends ZipEntry> all = zip.entries();
                while (all.hasMoreElements() && icon == null) {
                    ZipEntry e = all.nextElement();
                    if (!e.isDirectory() && e.getName().startsWith("assets/icon/")) {
                        icon = e;
                    }
                }
            }
            if (icon == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(readEntry(file, zip, icon, cap));
            } catch (CardFormatException e) {
                if (e.kind() == Kind.TOO_LARGE) {
                    return Optional.empty();
                }
                throw e;
            }
        } catch (IOException e) {
            throw Io.error(file, e);
        }
    }

    private static ZipEntry iconFromAssets(ZipFile zip, JsonNode assets) {
        ZipEntry any = null;
        for (JsonNode a : assets) {
            if (!"icon".equals(a.path("type").asText())) {
                continue;
            }
            String uri = a.path("uri").asText("");
            String path = uri.startsWith("embeded://") ? uri.substring(10)
                    : uri.startsWith("embedded://") ? uri.substring(11) : null;
            ZipEntry e = path == null ? null : zip.getEntry(path);
            if (e != null && "main".equals(a.path("name").asText())) {
                return e;
            }
            if (any == null) {
                any = e;
            }
        }
        return any;
    }

    private static ZipFile open(Path file) throws CardFormatException, IOException {
        if (java.nio.file.Files.size(file) == 0) {
            throw new CardFormatException(file, Kind.DAMAGED, "not a CHARX: the file is empty");
        }
        try {
            return new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new CardFormatException(file, Kind.DAMAGED, "not a CHARX: not a readable zip archive", e);
        } catch (java.io.FileNotFoundException | java.nio.file.NoSuchFileException e) {
            throw new java.nio.file.NoSuchFileException(file.toString());
        }
    }

    private static ZipEntry cardEntry(ZipFile zip) {
        ZipEntry e = zip.getEntry(CARD_JSON);
        if (e != null) {
            return e;
        }
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry x = all.nextElement();
            if (x.getName().equalsIgnoreCase(CARD_JSON)) {
                return x;
            }
        }
        return null;
    }

    /** Reads an entry counting inflated bytes, never trusting the size the zip declares. */
    private static byte[] readEntry(Path file, ZipFile zip, ZipEntry e, long cap) throws IOException, CardFormatException {
        try (InputStream in = zip.getInputStream(e)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[64 * 1024];
            for (int n; (n = in.read(buf)) > 0; ) {
                if (out.size() + (long) n > cap) {
                    throw new CardFormatException(file, Kind.TOO_LARGE,
                            e.getName() + " inflates to more than " + Limits.mb(cap) + "; refused");
                }
                out.write(buf, 0, n);
                BigReads.size(out.size());
            }
            return out.toByteArray();
        } catch (ZipException ex) {
            throw new CardFormatException(file, Kind.DAMAGED, e.getName() + " in the CHARX is damaged", ex);
        }
    }
}
