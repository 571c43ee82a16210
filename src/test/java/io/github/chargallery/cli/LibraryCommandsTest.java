package io.github.chargallery.cli;

import io.github.chargallery.testing.TooNewIndex;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.chargallery.testing.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryCommandsTest {
    private static final ObjectMapper M = new ObjectMapper();

    @TempDir
    Path tmp;

    private CliRun cli;

    private int run(String... args) {
        cli = CliRun.inDataDir(tmp.resolve("data"));
        return cli.run(args);
    }

    private static Path card(Path file, String name) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"spec\":\"chara_card_v2\",\"spec_version\":\"2.0\",\"data\":{\"name\":\"" + name
                + "\",\"creator\":\"cli\",\"tags\":[\"x\"],\"description\":\"d\",\"first_mes\":\"hi\"}}");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(3600)));
        return file;
    }

    private JsonNode list() throws Exception {
        assertThat(run("list", "--json")).isEqualTo(0);
        return M.readTree(cli.out());
    }

    private static JsonNode byName(JsonNode list, String name) {
        for (JsonNode n : list) {
            if (n.path("name").asText().equals(name)) {
                return n;
            }
        }
        throw new AssertionError("no card " + name + " in " + list);
    }

    @Test
    void indexListFavoriteTagSurviveAMove() throws Exception {
        Path root = tmp.resolve("lib");
        Path ann = card(root.resolve("a/ann.json"), "Ann");
        card(root.resolve("bob.json"), "Bob");
        Files.writeString(root.resolve("broken.json"), "{nope");

        assertThat(run("index", root.toString(), "--json")).isEqualTo(0);
        JsonNode counts = M.readTree(cli.out());
        assertThat(counts.path("added").asInt()).isEqualTo(2);
        assertThat(counts.path("errors").asInt()).isEqualTo(1);
        assertThat(counts.path("offline")).isEmpty();
        assertThat(counts.has("millis")).isTrue();

        JsonNode listed = list();
        assertThat(listed).hasSize(3);
        assertThat(byName(listed, "broken").path("error").asText()).isNotBlank();
        assertThat(byName(listed, "Ann").path("spec").asText()).isEqualTo("v2");
        assertThat(byName(listed, "Ann").path("files").get(0).asText()).isEqualTo(ann.toString());
        int permanent = io.github.chargallery.card.TokenCounter.of(
                io.github.chargallery.card.CardReader.standard().read(ann).card()).permanent();
        assertThat(byName(listed, "Ann").path("tokens").path("permanent").asInt()).isPositive().isEqualTo(permanent);
        assertThat(byName(listed, "broken").path("tokens").isNull()).isTrue();

        assertThat(run("favorite", ann.toString(), "on")).isEqualTo(0);
        assertThat(run("tag", ann.toString(), "add", "best")).isEqualTo(0);
        Path moved = root.resolve("b/renamed.json");
        Files.createDirectories(moved.getParent());
        Files.move(ann, moved);
        assertThat(run("index", root.toString(), "--json")).isEqualTo(0);

        JsonNode after = byName(list(), "Ann");
        assertThat(after.path("favorite").asBoolean()).isTrue();
        assertThat(after.path("tags").toString()).contains("best");
        assertThat(after.path("files").get(0).asText()).isEqualTo(moved.toString());

        assertThat(run("tag", moved.toString(), "remove", "best")).isEqualTo(0);
        assertThat(run("favorite", moved.toString(), "off")).isEqualTo(0);
        JsonNode cleared = byName(list(), "Ann");
        assertThat(cleared.path("favorite").asBoolean()).isFalse();
        assertThat(cleared.path("tags").toString()).doesNotContain("best");

        Path unknown = root.resolve("never-indexed.json");
        assertThat(run("tag", unknown.toString(), "add", "best")).isEqualTo(1);
        assertThat(cli.err()).contains("not in the index: " + unknown);
        assertThat(run("favorite", unknown.toString(), "on")).isEqualTo(1);
        assertThat(cli.err()).contains("not in the index: " + unknown);
    }

    @Test
    void offlineRootExitsOneWithTheReasonAndKeepsRows() throws Exception {
        Path root = tmp.resolve("usb");
        card(root.resolve("c.json"), "Cleo");
        assertThat(run("index", root.toString())).isEqualTo(0);
        Files.move(root, tmp.resolve("usb-gone"));

        assertThat(run("index", root.toString(), "--json")).isEqualTo(1);
        assertThat(M.readTree(cli.out()).path("offline").get(0).asText()).isEqualTo(root.toString());
        assertThat(cli.err()).contains("offline").contains(root.toString());
        JsonNode listed = list();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("offline").asBoolean()).isTrue();
    }

    @Test
    void rootsListAndRemoveForgetRowsButKeepFiles() throws Exception {
        Path root = tmp.resolve("lib");
        Path file = card(root.resolve("c.json"), "Cleo");
        run("index", root.toString());

        assertThat(run("roots")).isEqualTo(0);
        assertThat(cli.out()).contains(root.toString()).contains("1 cards").contains("online");
        assertThat(run("roots", "remove", root.toString())).isEqualTo(0);
        assertThat(list()).isEmpty();
        assertThat(file).exists();
        assertThat(run("roots", "remove", root.toString())).isEqualTo(1);
        assertThat(cli.err()).contains("not a library root");
    }

    @Test
    void badUsageExitsTwoWithAMessage() throws Exception {
        assertThat(run("index")).isEqualTo(2);
        assertThat(cli.err()).contains("Usage: character-gallery index [ROOT...] [--data-dir DIR] [--json]");
        assertThat(run("index", tmp.resolve("nope").toString())).isEqualTo(2);
        assertThat(cli.err()).contains("not a folder");
        assertThat(run("favorite", "x.json", "maybe")).isEqualTo(2);
        assertThat(run("tag", "x.json", "add")).isEqualTo(2);
        assertThat(run("list", "--bogus")).isEqualTo(2);
        assertThat(cli.err()).contains("Unknown option: --bogus");
        assertThat(run("roots", "frob")).isEqualTo(2);
        assertThat(run("favorite", tmp.resolve("unknown.json").toString(), "on")).isEqualTo(1);
        assertThat(cli.err()).contains("not in the index");
    }

    @Test
    void aDamagedIndexIsRefusedWithAHintAndRebuildIndexKeepsTheOldFileAndTheFavourites() throws Exception {
        Path cards = tmp.resolve("cards");
        Path zoe = card(cards.resolve("zoe.json"), "Zoe");
        card(cards.resolve("ann.json"), "Ann");
        assertThat(run("index", cards.toString())).isEqualTo(0);
        assertThat(run("favorite", zoe.toString(), "on")).isEqualTo(0);
        assertThat(run("rebuild-index")).as("a healthy index is not rebuilt").isEqualTo(1);
        assertThat(cli.err()).contains("nothing to rebuild");
        TooNewIndex.make(tmp.resolve("data"));

        assertThat(run("list", "--json")).isEqualTo(1);
        assertThat(cli.err()).contains("newer version").contains("rebuild-index").doesNotContain("Exception");

        assertThat(run("rebuild-index")).isEqualTo(0);
        assertThat(cli.out()).contains("old index moved to").contains("1 favourites");
        try (var files = Files.list(tmp.resolve("data"))) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("library-newer-"))
                    .anyMatch(n -> n.startsWith("library-export-"));
        }
        assertThat(run("index")).isEqualTo(0);
        assertThat(byName(list(), "Zoe").path("favorite").asBoolean()).isTrue();
        assertThat(byName(list(), "Ann").path("favorite").asBoolean()).isFalse();
    }
}
