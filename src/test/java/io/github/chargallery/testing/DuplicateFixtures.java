package io.github.chargallery.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.chargallery.card.Card;
import io.github.chargallery.card.CardWriter;
import io.github.chargallery.card.PngEncoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * A small library with known duplicate groups: an exact copy under another name, the same card as PNG,
 * JSON and re-indented JSON, one picture re-encoded under two names, an edited version renamed
 * "Aira || Sweet Hydromancer", and an "Aira" by another creator, which is not a version of the others.
 */
public final class DuplicateFixtures {
    private static final ObjectMapper M = new ObjectMapper();

    public final Path root;
    public final Path novaPng;
    public final Path novaCopy;
    public final Path novaJson;
    public final Path novaPretty;
    public final Path aira;
    public final Path airaV2;
    public final Path airaOther;
    public final Path sunset;
    public final Path sunsetReupload;
    public final Path zed;

    public DuplicateFixtures(Path root) throws Exception {
        this.root = root;
        String nova = CardJson.v2("Nova", "tester", List.of("scifi"), "Star pilot.");
        novaPng = png(root.resolve("a/Nova.png"), nova, picture(1, 0));
        novaCopy = age(Files.copy(novaPng, Files.createDirectories(root.resolve("downloads")).resolve("Nova (1).png")));
        novaJson = write(root.resolve("exports/nova.json"), nova);
        novaPretty = write(root.resolve("exports/nova-pretty.json"),
                M.writerWithDefaultPrettyPrinter().writeValueAsString(M.readValue(nova, Object.class)));
        aira = png(root.resolve("a/Aira.png"), CardJson.v2("Aira", "Mira", List.of("fantasy"), "A water mage."),
                picture(2, 0));
        ObjectNode v2 = (ObjectNode) M.readTree(CardJson.v2("Aira || Sweet Hydromancer", "Mira", List.of("fantasy"),
                "A water mage who grew up by the sea, now much longer."));
        ((ObjectNode) v2.get("data")).put("character_version", "2.0");
        airaV2 = png(root.resolve("b/Aira v2.png"), v2.toString(), picture(2, 0));
        airaOther = png(root.resolve("b/Aira by Kai.png"), CardJson.v2("Aira", "Kai", List.of(), "A fire knight."),
                picture(3, 0));
        sunset = png(root.resolve("a/Sunset.png"), CardJson.v2("Sunset", "tester", List.of(), "Calm."), picture(4, 0));
        sunsetReupload = png(root.resolve("b/Evening Glow.png"),
                CardJson.v2("Evening Glow", "uploader", List.of(), "Totally new."), picture(4, 3));
        zed = png(root.resolve("a/Zed.png"), CardJson.v2("Zed", "tester", List.of(), "Alone."), picture(5, 0));
    }

    /**
     * A picture of soft blobs (a random 6 x 6 grid of shades, smoothly interpolated) unique to {@code kind}, with
     * {@code noise} levels of noise on every pixel (a re-encode).
     */
    public static byte[] picture(int kind, int noise) {
        int w = 96;
        int h = 128;
        Random shades = new Random(1000L + kind);
        double[][] grid = new double[6][6];
        for (double[] row : grid) {
            for (int i = 0; i < row.length; i++) {
                row[i] = 20 + shades.nextInt(216);
            }
        }
        Random r = new Random(kind * 31L + noise);
        byte[] px = new byte[w * h * 3];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double gx = x * 5.0 / (w - 1);
                double gy = y * 5.0 / (h - 1);
                int ix = Math.min(4, (int) gx);
                int iy = Math.min(4, (int) gy);
                double fx = gx - ix;
                double fy = gy - iy;
                double v = grid[iy][ix] * (1 - fx) * (1 - fy) + grid[iy][ix + 1] * fx * (1 - fy)
                        + grid[iy + 1][ix] * (1 - fx) * fy + grid[iy + 1][ix + 1] * fx * fy;
                for (int c = 0; c < 3; c++) {
                    int n = noise == 0 ? 0 : r.nextInt(2 * noise + 1) - noise;
                    px[(y * w + x) * 3 + c] = (byte) Math.max(0, Math.min(255, (int) v + n + c * 10));
                }
            }
        }
        return PngEncoder.encode(w, h, px, false);
    }

    static Path png(Path file, String json, byte[] picture) throws Exception {
        Files.createDirectories(file.getParent());
        CardWriter.writePng(file, picture, Card.fromJson(json, "x"));
        return age(file);
    }

    static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return age(file);
    }

    static Path age(Path file) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(3600)));
        return file;
    }
}
