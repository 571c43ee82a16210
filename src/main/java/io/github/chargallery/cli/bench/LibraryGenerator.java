package io.github.chargallery.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.chargallery.card.Card;
import io.github.chargallery.card.CardFormatException;
import io.github.chargallery.card.CardWriter;
import io.github.chargallery.card.PngEncoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.Deflater;

/**
 * Writes a deterministic synthetic card library for benchmarks and tests: the same arguments give
 * the same files, byte for byte. Each card depends only on (seed, index), so cards are written in
 * parallel without changing the result.
 */
public final class LibraryGenerator {
    /** Share of each kind, per 1000 cards; the rest are PNG. */
    private static final int JSON_PER_MILLE = 100;
    private static final int CHARX_PER_MILLE = 30;
    private static final int BROKEN_PER_MILLE = 10;
    /** Share of the PNG cards that are V3 (ccv3 chunk plus a V2 chara copy). */
    private static final int PNG_V3_PERCENT = 30;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Numbered handles per listed creator with {@code --duplicates}: about 7 cards per creator at 50,000. */
    private static final int MANY_HANDLES = 400;

    /** What was written. {@code broken} files are meant to fail to read; their paths are listed. */
    public record Summary(Path dir, int cards, int png, int pngWithCcv3, int json, int charx, int broken,
            int folders, long bytes, List<Path> brokenFiles, Repeats.Planted planted) {
        public Summary {
            brokenFiles = List.copyOf(brokenFiles);
        }
    }

    enum Kind { PNG, JSON, CHARX, BROKEN }

    /** {@code variant} numbers the files of one kind, so broken files cycle through every way of breaking. */
    private record Planned(int index, Kind kind, int variant, Path folder) {
    }

    private record Written(Kind kind, boolean ccv3, long bytes, Path file) {
    }

    private LibraryGenerator() {
    }

    /**
     * @param dir created when missing; must be empty (the generator never overwrites files)
     * @param avgKb average image size in KB (noise pixels, so the PNG size follows the pixel count)
     */
    public static Summary generate(Path dir, int cards, long seed, int avgKb) throws IOException {
        return generate(dir, cards, seed, avgKb, 0);
    }

    /**
     * As {@link #generate(Path, int, long, int)}, plus {@code duplicatesPct} percent more files that repeat
     * some of the cards as collections do (see {@link Repeats}).
     */
    public static Summary generate(Path dir, int cards, long seed, int avgKb, int duplicatesPct) throws IOException {
        if (cards < 0 || avgKb <= 0 || duplicatesPct < 0) {
            throw new IllegalArgumentException("cards must be >= 0 and avg-kb > 0");
        }
        Files.createDirectories(dir);
        try (Stream<Path> existing = Files.list(dir)) {
            if (existing.findAny().isPresent()) {
                throw new IOException(dir + " is not empty; generate writes into a new or empty folder");
            }
        }
        List<Planned> plan = plan(dir, cards, seed);
        // With planted repeats, creators are drawn from many handles as in real collections, so that unrelated
        // cards rarely share a name and creator and the groups found are mostly the planted ones. Without, the
        // few creators of earlier libraries stay (byte for byte the same files as before).
        int handles = duplicatesPct > 0 ? MANY_HANDLES : 1;
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Written> written = new ArrayList<>();
        try {
            List<Future<Written>> futures = new ArrayList<>();
            for (Planned p : plan) {
                futures.add(pool.submit(() -> write(p, seed, avgKb, handles)));
            }
            for (Future<Written> f : futures) {
                written.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("generation interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof Error error) {
                throw error; // e.g. out of memory: the command line says which limit was hit
            }
            if (c instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            throw c instanceof IOException io ? io : new IOException(c);
        } finally {
            pool.shutdownNow();
        }
        int png = 0;
        int ccv3 = 0;
        int json = 0;
        int charx = 0;
        long bytes = 0;
        List<Path> broken = new ArrayList<>();
        for (Written w : written) {
            bytes += w.bytes();
            switch (w.kind()) {
                case PNG -> {
                    png++;
                    ccv3 += w.ccv3() ? 1 : 0;
                }
                case JSON -> json++;
                case CHARX -> charx++;
                default -> broken.add(w.file());
            }
        }
        int folders = (int) plan.stream().map(Planned::folder).distinct().count();
        List<Path> pngs = written.stream().filter(w -> w.kind() == Kind.PNG).map(Written::file).toList();
        Repeats.Planted planted = Repeats.write(dir, (int) ((long) cards * duplicatesPct / 100), seed, pngs);
        return new Summary(dir, cards, png, ccv3, json, charx, broken.size(), folders, bytes, broken, planted);
    }

    /** Kinds shuffled over the indices, indices spread over nested folders of 50-500 cards. */
    private static List<Planned> plan(Path dir, int cards, long seed) throws IOException {
        Random r = new Random(seed);
        Kind[] kinds = new Kind[cards];
        int json = cards * JSON_PER_MILLE / 1000;
        int charx = cards * CHARX_PER_MILLE / 1000;
        int broken = cards * BROKEN_PER_MILLE / 1000;
        for (int i = 0; i < cards; i++) {
            kinds[i] = i < json ? Kind.JSON : i < json + charx ? Kind.CHARX : i < json + charx + broken ? Kind.BROKEN : Kind.PNG;
        }
        for (int i = cards - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            Kind t = kinds[i];
            kinds[i] = kinds[j];
            kinds[j] = t;
        }
        List<Planned> plan = new ArrayList<>(cards);
        int[] perKind = new int[Kind.values().length];
        int folder = 0;
        for (int i = 0; i < cards; folder++) {
            int size = 50 + r.nextInt(451);
            String group = Words.FOLDERS[(folder / 4) % Words.FOLDERS.length];
            Path f = dir.resolve(String.format("%02d-%s", folder / 4, group)).resolve(String.format("batch-%03d", folder));
            Files.createDirectories(f);
            for (int k = 0; k < size && i < cards; k++, i++) {
                plan.add(new Planned(i, kinds[i], perKind[kinds[i].ordinal()]++, f));
            }
        }
        return plan;
    }

    private static Written write(Planned p, long seed, int avgKb, int handles) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + p.index());
        try {
            String name = Words.name(r);
            String file = Words.fileName(name) + "-" + p.index();
            // Each file aims at its own size, 0.3x to 1.7x the average; the card text takes part of it
            // (its natural 2-40 KB when that fits) and the picture the rest.
            long bytes = (long) (avgKb * 1024L * (0.3 + 1.4 * r.nextDouble()));
            switch (p.kind()) {
                case PNG -> {
                    boolean v3 = r.nextInt(100) < PNG_V3_PERCENT;
                    // base64 in the PNG, twice for V3 (ccv3 plus the V2 chara copy)
                    Card card = card(r, name, handles, v3 ? 3 : 2, false, bytes / (v3 ? 4 : 2));
                    Path target = p.folder().resolve(file + ".png");
                    CardWriter.writePng(target, image(r, bytes - CardWriter.pngBytes(TINY_PNG, card).length), card);
                    return new Written(Kind.PNG, v3, Files.size(target), target);
                }
                case JSON -> {
                    int roll = r.nextInt(100);
                    Card card = card(r, name, handles, roll < 15 ? 1 : roll < 30 ? 3 : 2, false, bytes);
                    Path target = p.folder().resolve(file + ".json");
                    CardWriter.writeJson(target, card);
                    return new Written(Kind.JSON, false, Files.size(target), target);
                }
                case CHARX -> {
                    Card card = card(r, name, handles, 3, true, bytes / 2);
                    Path target = p.folder().resolve(file + ".charx");
                    long text = card.json().length() / 3; // card.json is deflated in the zip
                    CardWriter.writeCharx(target, card, Map.of("assets/icon/images/1.png", image(r, bytes - text)));
                    return new Written(Kind.CHARX, false, Files.size(target), target);
                }
                default -> {
                    Path target = broken(r, p, file, name, bytes);
                    return new Written(Kind.BROKEN, false, Files.size(target), target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CardFormatException e) {
            throw new IllegalStateException("generated card does not parse: " + e.getMessage(), e);
        }
    }

    /** Rewrites the CRC of the PNG chunk starting at {@code at} (its length field) to match its body. */
    private static void fixChunkCrc(byte[] png, int at) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(png);
        int length = b.getInt(at);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(png, at + 4, 4 + length);
        b.putInt(at + 8 + length, (int) crc.getValue());
    }

    /** The broken kinds users really have: no card, cut download, raw text chunk, bad JSON, empty CHARX. */
    private static Path broken(SplittableRandom r, Planned p, String file, String name, long bytes)
            throws IOException, CardFormatException {
        Path folder = p.folder();
        switch (p.variant() % 5) {
            case 0:
                return Files.write(folder.resolve(file + ".png"), image(r, bytes));
            case 1: {
                byte[] full = CardWriter.pngBytes(image(r, bytes * 2), card(r, name, 1, 2, false, bytes));
                return Files.write(folder.resolve(file + ".png"), java.util.Arrays.copyOf(full, full.length / 2));
            }
            case 2: {
                byte[] good = CardWriter.pngBytes(image(r, bytes), card(r, name, 1, 2, false, bytes / 2));
                // A card chunk holding non-base64 text: replace its payload bytes with '*'.
                String s = new String(good, StandardCharsets.ISO_8859_1);
                int at = s.lastIndexOf("chara\0") + 6;
                for (int i = at; i < at + 16; i++) {
                    good[i] = '*';
                }
                fixChunkCrc(good, s.lastIndexOf("tEXtchara\0") - 4); // as a writer of such text would
                return Files.write(folder.resolve(file + ".png"), good);
            }
            case 3:
                return Files.writeString(folder.resolve(file + ".json"), "{\"name\": \"" + name + "\", \"description\": ");
            default: {
                Path target = folder.resolve(file + ".charx");
                try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(target))) {
                    var e = new java.util.zip.ZipEntry("assets/icon/images/1.png");
                    e.setTimeLocal(java.time.LocalDateTime.of(1980, 1, 1, 0, 0));
                    zip.putNextEntry(e);
                    zip.write(image(r, bytes));
                    zip.closeEntry();
                }
                return target;
            }
        }
    }

    /** A 1x1 picture: what a card's text adds to a PNG is measured on it. */
    private static final byte[] TINY_PNG = PngEncoder.encode(1, 1, new byte[3], false, Deflater.NO_COMPRESSION);

    /** A PNG of about {@code bytes}: noise pixels barely compress, so the size follows the pixel count. */
    static byte[] image(SplittableRandom r, long bytes) {
        long target = Math.max(0, bytes - 100); // signature, header and end chunks
        int pixels = (int) Math.min(Integer.MAX_VALUE / 3, Math.max(1, target / 3));
        int width = Math.max(1, (int) Math.sqrt(pixels * 2.0 / 3));
        int height = Math.max(1, pixels / width);
        byte[] rgb = new byte[width * height * 3];
        for (int i = 0; i < rgb.length; i += 8) {
            long v = r.nextLong();
            for (int k = 0; k < 8 && i + k < rgb.length; k++) {
                rgb[i + k] = (byte) (v >>> (k * 8));
            }
        }
        return PngEncoder.encode(width, height, rgb, false, Deflater.NO_COMPRESSION);
    }

    /** A card of 2-40 KB of JSON (log-uniform) or {@code maxBytes}, if less; lorebooks on about a third. */
    /**
     * @param handles creator handles per {@link Words#CREATORS} entry: 1 for the list itself, more for numbered
     *                handles ("nightowl17") as a large collection's many creators
     */
    static Card card(SplittableRandom r, String name, int handles, int spec, boolean charxIcon, long maxBytes)
            throws CardFormatException {
        int targetBytes = (int) Math.max(200, Math.min(maxBytes, 2048 * Math.pow(20, r.nextDouble())));
        ObjectNode d = MAPPER.createObjectNode();
        d.put("name", name);
        int budget = targetBytes;
        String description = Words.text(r, budget * 2 / 5);
        d.put("description", description);
        d.put("personality", Words.text(r, Math.min(80 + r.nextInt(200), budget / 10)));
        d.put("scenario", Words.text(r, Math.min(100 + r.nextInt(400), budget / 10)));
        String first = Words.text(r, budget / 5);
        d.put("first_mes", first);
        d.put("mes_example", "<START>\n{{user}}: " + Words.text(r, Math.min(60, budget / 20)) + "\n{{char}}: "
                + Words.text(r, budget / 10));
        if (spec >= 2) {
            d.put("creator_notes", Words.text(r, Math.min(50 + r.nextInt(300), budget / 10)));
            d.put("system_prompt", r.nextInt(4) == 0 ? Words.text(r, Math.min(120, budget / 20)) : "");
            d.put("post_history_instructions", "");
            ArrayNode greetings = d.putArray("alternate_greetings");
            for (int i = r.nextInt(4); i > 0; i--) {
                greetings.add(Words.text(r, Math.min(200 + r.nextInt(600), budget / 10)));
            }
            List<String> tags = Words.tags(r);
            if (r.nextInt(50) == 0) {
                d.put("tags", String.join(", ", tags)); // sloppy like some real exports
            } else {
                ArrayNode t = d.putArray("tags");
                tags.forEach(t::add);
            }
            String creator = Words.pick(r, Words.CREATORS);
            d.put("creator", handles > 1 ? creator + (1 + r.nextInt(handles)) : creator);
            d.put("character_version", "1." + r.nextInt(10));
            d.putObject("extensions").put("talkativeness", "0.5").put("fav", false).put("world", "");
            if (r.nextInt(3) == 0) {
                ObjectNode book = d.putObject("character_book");
                book.put("name", name + " lore");
                ArrayNode entries = book.putArray("entries");
                int remaining = budget * 2 / 10;
                for (int id = 0; remaining > 0 && id < 60; id++) {
                    String content = Words.text(r, Math.min(150 + r.nextInt(600), Math.max(50, remaining)));
                    remaining -= content.length();
                    ObjectNode e = entries.addObject();
                    e.putArray("keys").add(Words.pick(r, Words.LORE_KEYS)).add(Words.pick(r, Words.LORE_KEYS));
                    e.put("content", content);
                    e.put("enabled", true);
                    e.put("insertion_order", id);
                    e.put("id", id);
                }
            }
        }
        if (spec == 3) {
            d.put("nickname", name.split(" ")[0]);
            d.putArray("group_only_greetings");
            long created = 1_600_000_000L + r.nextInt(150_000_000);
            d.put("creation_date", created);
            d.put("modification_date", created + r.nextInt(10_000_000));
            ObjectNode icon = d.putArray("assets").addObject().put("type", "icon").put("name", "main");
            icon.put("uri", charxIcon ? "embeded://assets/icon/images/1.png" : "ccdefault:").put("ext", "png");
        }
        String json;
        if (spec == 1) {
            json = d.toString();
        } else {
            ObjectNode root = MAPPER.createObjectNode();
            root.put("spec", spec == 3 ? "chara_card_v3" : "chara_card_v2");
            root.put("spec_version", spec == 3 ? "3.0" : "2.0");
            root.set("data", d);
            json = root.toString();
        }
        return Card.fromJson(json, name);
    }
}
