package io.github.chargallery.testing;

import io.github.chargallery.card.Card;
import io.github.chargallery.card.CardWriter;
import io.github.chargallery.card.PngEncoder;
import io.github.chargallery.card.Spec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes real card files (V2 JSON, V2 PNG) for the gallery's tests. */
public final class TestFiles {
    private TestFiles() {
    }

    public static String v2Json(String name, String creator, List<String> tags, String description) {
        return CardJson.v2(name, creator, tags, description);
    }

    public static Path json(Path dir, String file, String name, String creator, String... tags) throws IOException {
        Files.createDirectories(dir);
        Path p = dir.resolve(file);
        Files.writeString(p, v2Json(name, creator, List.of(tags), "About " + name));
        return p;
    }

    public static Path png(Path dir, String file, String name, String creator, String... tags) throws IOException {
        Files.createDirectories(dir);
        Path p = dir.resolve(file);
        String json = v2Json(name, creator, List.of(tags), "About " + name);
        Card card = new Card(Spec.V2, name, null, creator, List.of(tags), "1.0", "About " + name, "", "", "", "", "", "", "",
                List.of(), List.of(), 0, null, null, json);
        CardWriter.writePng(p, image(48, 64, name.hashCode()), card);
        return p;
    }

    public static byte[] image(int w, int h, int seed) {
        byte[] px = new byte[w * h * 3];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = (y * w + x) * 3;
                px[i] = (byte) (seed + x * 4);
                px[i + 1] = (byte) ((seed >> 8) + y * 3);
                px[i + 2] = (byte) (seed >> 16);
            }
        }
        return PngEncoder.encode(w, h, px, false);
    }

}
