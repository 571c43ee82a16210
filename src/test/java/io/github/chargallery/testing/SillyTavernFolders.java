package io.github.chargallery.testing;

import io.github.chargallery.card.Card;
import io.github.chargallery.card.CardFormatException;
import io.github.chargallery.card.CardWriter;
import io.github.chargallery.card.PngEncoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A SillyTavern user data folder as SillyTavern lays it out: characters/ (cards at the top level, a sprites
 * folder of plain PNGs beside them), chats/<avatar without .png>/*.jsonl, settings.json with tags and tag_map.
 */
public final class SillyTavernFolders {
    public static final Instant LAST_CHAT = Instant.parse("2026-11-30T20:15:00Z");

    private SillyTavernFolders() {
    }

    /** default-user with Seraphina (tagged "Fantasy" and "Healer", two chats) and Aqua (no tags, no chats). */
    public static Path make(Path dataRoot) {
        Path user = dataRoot.resolve("default-user");
        try {
            Path chars = Files.createDirectories(user.resolve("characters"));
            pngCard(chars.resolve("Seraphina.png"), "Seraphina", "A guardian of the forest.", List.of("st"));
            pngCard(chars.resolve("Aqua.png"), "Aqua", "A goddess.", List.of("st"));
            Path sprites = Files.createDirectories(chars.resolve("Seraphina"));
            Files.write(sprites.resolve("joy.png"), PngEncoder.encode(4, 4, new byte[4 * 4 * 3], false));
            Files.write(sprites.resolve("anger.png"), PngEncoder.encode(4, 4, new byte[4 * 4 * 3], false));
            Path chats = Files.createDirectories(user.resolve("chats").resolve("Seraphina"));
            chat(chats.resolve("Seraphina - 2026-11-01@10h00m00s.jsonl"), Instant.parse("2026-11-01T10:00:00Z"));
            chat(chats.resolve("Seraphina - 2026-11-30@20h15m00s.jsonl"), LAST_CHAT);
            Files.writeString(chats.resolve("notes.txt"), "not a chat");
            Files.writeString(user.resolve("settings.json"), """
                    {"firstRun": false, "power_user": {"theme": "Dark", "nested": {"tags": ["decoy"]}},
                     "tags": [{"id": "1001", "name": "Fantasy", "color": "red"},
                              {"id": "1002", "name": "Healer"},
                              {"id": "1003", "name": "Unused"}],
                     "tag_map": {"Seraphina.png": ["1001", "1002", "9999"], "Gone.png": ["1003"]},
                     "oai_settings": {"preset": "x"}}
                    """);
            return user;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A V2 card (tagged, creator "tester") in a small PNG, written through the codec; back-dated an hour. */
    public static Path pngCard(Path file, String name, String description, List<String> tags) {
        try {
            Files.createDirectories(file.getParent());
            Card card = Card.fromJson(CardJson.v2(name, "tester", tags, description), name);
            byte[] pixels = new byte[16 * 16 * 3];
            Arrays.fill(pixels, (byte) name.hashCode());
            CardWriter.writePng(file, PngEncoder.encode(16, 16, pixels, false), card);
            Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(3600)));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CardFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A chat file with this modification time. */
    public static void chat(Path file, Instant modified) throws IOException {
        Files.writeString(file, "{\"user_name\":\"You\"}\n{\"mes\":\"hello\"}\n");
        Files.setLastModifiedTime(file, FileTime.from(modified));
    }
}
