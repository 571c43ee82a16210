package io.github.chargallery.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.chargallery.card.Card;
import io.github.chargallery.card.CardFormatException;
import io.github.chargallery.card.CardImages;
import io.github.chargallery.card.CardReader;
import io.github.chargallery.card.CardWriter;
import io.github.chargallery.card.PngEncoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The repeats real collections have, written after a generated library (its {@code --duplicates PCT}): exact
 * copies under another name, the same card as a re-indented JSON file, one picture re-encoded under two
 * names, edited versions (some renamed "Name || subtitle"), and same-named cards by another creator, which
 * are not duplicates. What was planted is returned, so tests know the groups to expect.
 */
public final class Repeats {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Files planted together, by the group kind they should form ("not" for look-alikes that must not). */
    public record Planted(List<List<Path>> sameCard, List<List<Path>> sameCharacter, List<List<Path>> samePicture,
                          List<List<Path>> notGrouped) {
        int files() {
            return sameCard.size() + sameCharacter.size() + samePicture.size() * 2 + notGrouped.size();
        }
    }

    private Repeats() {
    }

    static Planted write(Path dir, int count, long seed, List<Path> pngs) throws IOException {
        Planted p = new Planted(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        if (count <= 0 || pngs.isEmpty()) {
            return p;
        }
        SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
        List<Path> originals = new ArrayList<>(pngs);
        for (int i = originals.size() - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            Path t = originals.get(i);
            originals.set(i, originals.get(j));
            originals.set(j, t);
        }
        Path out = Files.createDirectories(dir.resolve("99-downloads-again"));
        for (int k = 0; k < count; k++) {
            Path o = originals.get(k % originals.size());
            String stem = o.getFileName().toString().replaceFirst("\\.png$", "");
            try {
                switch (k % 5) {
                    case 0 -> {
                        Path copy = Files.copy(o, out.resolve(stem + " (copy " + k + ").png"));
                        p.sameCard().add(List.of(o, copy));
                    }
                    case 1 -> {
                        Card c = CardReader.standard().read(o).card();
                        Object tree = MAPPER.readValue(c.json(), Object.class);
                        Path json = out.resolve(stem + "-" + k + ".json");
                        Files.writeString(json, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree));
                        p.sameCard().add(List.of(o, json));
                    }
                    case 2 -> p.samePicture().add(pictureTwins(out, r, k));
                    case 3 -> {
                        Card c = CardReader.standard().read(o).card();
                        ObjectNode root = (ObjectNode) MAPPER.readTree(c.json());
                        ObjectNode d = root.has("data") ? (ObjectNode) root.get("data") : root;
                        d.put("description", d.path("description").asText() + "\n\nRevised: " + Words.text(r, 300));
                        d.put("character_version", "2." + k % 10);
                        if (k % 2 == 1) {
                            d.put("name", d.path("name").asText() + " || " + Words.pick(r, Words.FOLDERS));
                        }
                        Path v = out.resolve(stem + " v2-" + k + ".png");
                        byte[] image = CardImages.imageBytes(o).orElseThrow();
                        CardWriter.writePng(v, image, Card.fromJson(root.toString(), "x"));
                        p.sameCharacter().add(List.of(o, v));
                    }
                    default -> {
                        Card c = CardReader.standard().read(o).card();
                        ObjectNode root = (ObjectNode) MAPPER.readTree(c.json());
                        ObjectNode d = root.has("data") ? (ObjectNode) root.get("data") : root;
                        String creator = d.path("creator").asText();
                        String other = Words.pick(r, Words.CREATORS);
                        d.put("creator", other.equals(creator) ? other + "2" : other);
                        d.put("description", Words.text(r, 600));
                        Path x = out.resolve(stem + "-other-" + k + ".json");
                        Files.writeString(x, root.toString());
                        p.notGrouped().add(List.of(o, x));
                    }
                }
            } catch (CardFormatException e) {
                throw new IOException("a generated card does not read back: " + e.getMessage(), e);
            }
        }
        return p;
    }

    /** Two new cards, other names, one picture: the second re-encoded with a little noise (a re-upload). */
    private static List<Path> pictureTwins(Path out, SplittableRandom r, int k) throws IOException, CardFormatException {
        int w = 120;
        int h = 160;
        byte[] a = new byte[w * h * 3];
        byte[] b = new byte[a.length];
        double fx = 1 + r.nextInt(4);
        double fy = 1 + r.nextInt(4);
        double phase = r.nextDouble() * 6.28;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double v = 127 + 100 * Math.sin(fx * x / w * 6.28 + phase) * Math.cos(fy * y / h * 6.28);
                for (int c = 0; c < 3; c++) {
                    int i = (y * w + x) * 3 + c;
                    int base = (int) Math.max(0, Math.min(255, v + c * 20 - 20));
                    a[i] = (byte) base;
                    b[i] = (byte) Math.max(0, Math.min(255, base + r.nextInt(7) - 3));
                }
            }
        }
        List<Path> files = new ArrayList<>();
        for (byte[] pixels : List.of(a, b)) {
            String name = Words.name(r) + " " + (files.isEmpty() ? "" : "Reupload ") + k;
            Card card = LibraryGenerator.card(r, name, 1, 2, false, 4000);
            Path f = out.resolve(Words.fileName(name) + "-pic-" + k + ".png");
            CardWriter.writePng(f, PngEncoder.encode(w, h, pixels, false), card);
            files.add(f);
        }
        return files;
    }
}
