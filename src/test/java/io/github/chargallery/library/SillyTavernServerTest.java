package io.github.chargallery.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.chargallery.card.Card;
import io.github.chargallery.card.CardWriter;
import io.github.chargallery.card.PngEncoder;
import io.github.chargallery.testing.SharedCards;
import io.github.chargallery.testing.SillyTavernFolders;
import io.github.chargallery.testing.SillyTavernServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bridge against the real SillyTavern 1.19.0: cards of every kind sent into its characters folder (one
 * before it starts, the rest while it runs) are listed by its own API with their name and description, and
 * the card that was there before, whose name a sent card shares, is untouched.
 */
class SillyTavernServerTest {
    @TempDir
    Path tmp;

    @Test
    void sillyTavernListsEverySentCardAndTheCardThatWasThereIsByteIdentical() throws Exception {
        StringBuilder whyNot = new StringBuilder();
        Optional<Path> install = SillyTavernServer.install(whyNot);
        Assumptions.assumeTrue(install.isPresent(), () -> "skipped: " + whyNot);

        Path dataRoot = tmp.resolve("st-data");
        Path user = dataRoot.resolve("default-user");
        Path characters = Files.createDirectories(user.resolve("characters"));
        Path there = SillyTavernFolders.pngCard(characters.resolve("Clash.png"), "Clash", "The one already there.",
                List.of());
        byte[] thereBefore = Files.readAllBytes(there);

        Path cards = Files.createDirectories(tmp.resolve("archive"));
        Map<Path, String[]> sent = new LinkedHashMap<>(); // file -> name, description
        Path v2 = SillyTavernFolders.pngCard(cards.resolve("v2.png"), "Vee Two", "A V2 card in a PNG.", List.of("x"));
        sent.put(v2, new String[] {"Vee Two", "A V2 card in a PNG."});
        Path v1 = Files.writeString(cards.resolve("v1.json"), "{\"name\":\"Vee One\",\"description\":\"A V1 card"
                + " in JSON.\",\"personality\":\"old\",\"scenario\":\"\",\"first_mes\":\"Hi.\",\"mes_example\":\"\"}");
        sent.put(v1, new String[] {"Vee One", "A V1 card in JSON."});
        Path v3 = cards.resolve("v3.png");
        CardWriter.writePng(v3, picture(7), Card.fromJson(v3Json("Vee Three", "A V3 card in a PNG.", null), "v3"));
        sent.put(v3, new String[] {"Vee Three", "A V3 card in a PNG."});
        Path charx = cards.resolve("card.charx");
        CardWriter.writeCharx(charx, Card.fromJson(v3Json("Char X", "A CHARX card.",
                "embeded://assets/icon/images/main.png"), "charx"), Map.of("assets/icon/images/main.png", picture(9)));
        sent.put(charx, new String[] {"Char X", "A CHARX card."});
        Path clash = SillyTavernFolders.pngCard(cards.resolve("clash.png"), "Clash", "Another card called Clash.",
                List.of());
        sent.put(clash, new String[] {"Clash", "Another card called Clash."});
        SharedCards.dir().ifPresent(dir -> {
            try (Stream<Path> real = Files.list(dir)) {
                real.filter(p -> !p.getFileName().toString().contains("invalid")
                        && !p.getFileName().toString().endsWith(".md")).sorted().forEach(p -> sent.put(p, null));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        Map<Path, String> names = new LinkedHashMap<>();
        try (Library library = Library.open(tmp.resolve("gallery-data"))) {
            SillyTavern st = library.sillyTavern().orElseThrow();
            SillyTavernFolder folder = st.link(user);
            library.sync(SyncListener.NONE, () -> false);
            names.put(v2, sendOk(st, v2, folder)); // while SillyTavern is not running
            try (SillyTavernServer server = SillyTavernServer.start(install.get(), dataRoot, tmp.resolve("st-config"))) {
                for (Path p : sent.keySet()) {
                    if (!names.containsKey(p)) {
                        names.put(p, sendOk(st, p, folder));
                    }
                }
                assertThat(names.get(clash)).isEqualTo("Clash (2).png");

                JsonNode all = server.characters();
                List<String> avatars = new ArrayList<>();
                all.forEach(c -> avatars.add(c.path("avatar").asText()));
                assertThat(avatars).as(server.log()).containsAll(names.values()).contains("Clash.png");
                for (Map.Entry<Path, String[]> e : sent.entrySet()) {
                    String avatar = names.get(e.getKey());
                    JsonNode listed = find(all, avatar);
                    JsonNode full = server.character(avatar);
                    String[] expected = e.getValue() != null ? e.getValue() : nameAndDescription(e.getKey());
                    assertThat(listed.path("name").asText()).as(avatar).isEqualTo(expected[0]);
                    assertThat(full.path("name").asText()).as(avatar).isEqualTo(expected[0]);
                    assertThat(full.path("description").asText()).as(avatar).isEqualTo(expected[1]);
                    assertThat(full.path("data").path("description").asText()).as(avatar).isEqualTo(expected[1]);
                }
                assertThat(server.character("Clash.png").path("description").asText())
                        .isEqualTo("The one already there.");
            }
        }
        assertThat(Files.readAllBytes(there)).isEqualTo(thereBefore);
    }

    private static String sendOk(SillyTavern st, Path file, SillyTavernFolder folder) {
        SillyTavernSend r = st.send(file, folder);
        assertThat(r.error()).as(file.toString()).isNull();
        assertThat(r.already()).as(file.toString()).isFalse();
        return r.file();
    }

    private static JsonNode find(JsonNode all, String avatar) {
        for (JsonNode c : all) {
            if (c.path("avatar").asText().equals(avatar)) {
                return c;
            }
        }
        throw new AssertionError(avatar + " is not listed");
    }

    /** A real card's name and description as this project reads them (what SillyTavern must show). */
    private static String[] nameAndDescription(Path file) {
        try {
            Card c = io.github.chargallery.card.CardReader.standard().read(file).card();
            return new String[] {c.name(), c.description() == null ? "" : c.description()};
        } catch (io.github.chargallery.card.CardFormatException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] picture(int shade) {
        byte[] pixels = new byte[32 * 32 * 3];
        java.util.Arrays.fill(pixels, (byte) (shade * 20));
        return PngEncoder.encode(32, 32, pixels, false);
    }

    private static String v3Json(String name, String description, String icon) {
        String assets = icon == null ? "" : ",\"assets\":[{\"type\":\"icon\",\"uri\":\"" + icon
                + "\",\"name\":\"main\",\"ext\":\"png\"}]";
        return "{\"spec\":\"chara_card_v3\",\"spec_version\":\"3.0\",\"data\":{\"name\":\"" + name
                + "\",\"description\":\"" + description + "\",\"personality\":\"\",\"scenario\":\"\","
                + "\"first_mes\":\"Hello.\",\"mes_example\":\"\",\"creator_notes\":\"\",\"system_prompt\":\"\","
                + "\"post_history_instructions\":\"\",\"alternate_greetings\":[],\"group_only_greetings\":[],"
                + "\"tags\":[],\"creator\":\"test\",\"character_version\":\"1\",\"extensions\":{}" + assets + "}}";
    }
}
