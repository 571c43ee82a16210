package io.github.chargallery.gallery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.chargallery.card.Card;
import io.github.chargallery.card.CardWriter;
import io.github.chargallery.card.PngEncoder;
import io.github.chargallery.card.Spec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes real card files (V2 JSON, V2 PNG) for the gallery's tests. */
final class TestFiles {
    private static final ObjectMapper M = new ObjectMapper();

    private TestFiles() {
    }

    static String v2Json(String name, String creator, List<String> tags, String description) {
        ObjectNode root = M.createObjectNode();
        root.put("spec", "chara_card_v2");
        root.put("spec_version", "2.0");
        ObjectNode d = root.putObject("data");
        d.put("name", name);
        d.put("description", description);
        d.put("personality", "curious");
        d.put("scenario", "A quiet library.");
        d.put("first_mes", "Hello, I am " + name + ".");
        d.put("mes_example", "");
        d.put("creator_notes", "Made for tests.");
        d.put("system_prompt", "");
        d.put("post_history_instructions", "");
        d.putArray("alternate_greetings").add("Hi again");
        ArrayNodeHelper.add(d.putArray("tags"), tags);
        d.put("creator", creator);
        d.put("character_version", "1.0");
        d.putObject("extensions");
        return root.toString();
    }

    static Path json(Path dir, String file, String name, String creator, String... tags) throws IOException {
        Files.createDirectories(dir);
        Path p = dir.resolve(file);
        Files.writeString(p, v2Json(name, creator, List.of(tags), "About " + name));
        return p;
    }

    static Path png(Path dir, String file, String name, String creator, String... tags) throws IOException {
        Files.createDirectories(dir);
        Path p = dir.resolve(file);
        String json = v2Json(name, creator, List.of(tags), "About " + name);
        Card card = new Card(Spec.V2, name, null, creator, List.of(tags), "1.0", "About " + name, "", "", "", "", "", "", "",
                List.of(), List.of(), 0, null, null, json);
        CardWriter.writePng(p, image(48, 64, name.hashCode()), card);
        return p;
    }

    static byte[] image(int w, int h, int seed) {
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

    private static final class ArrayNodeHelper {
        static void add(com.fasterxml.jackson.databind.node.ArrayNode a, List<String> values) {
            values.forEach(a::add);
        }
    }
}
