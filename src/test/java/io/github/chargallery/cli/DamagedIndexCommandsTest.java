package io.github.chargallery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.chargallery.testing.CardJson;
import io.github.chargallery.testing.CliRun;
import io.github.chargallery.testing.IndexDamage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index with damaged pages that still opens: every command says it is damaged and offers the rescue,
 * none writes into it, and {@code rebuild-index} really rebuilds it keeping what can be read.
 */
class DamagedIndexCommandsTest {
    @TempDir
    Path tmp;

    private final ObjectMapper json = new ObjectMapper();
    private CliRun cli;

    @Test
    void everyCommandSaysDamagedAndRebuildIndexRebuildsKeepingFavouritesTagsAndFolders() throws Exception {
        Path root = tmp.resolve("cards");
        for (int i = 0; i < 400; i++) {
            Path f = root.resolve(String.format("c%03d.json", i));
            Files.createDirectories(root);
            Files.writeString(f, CardJson.v2("Card " + i, "tester", List.of("x"), "d"));
            Files.setLastModifiedTime(f, FileTime.from(Instant.now().minusSeconds(3600)));
        }
        Path data = tmp.resolve("data");
        Path db = data.resolve("library.db");
        cli = new CliRun(List.of(), List.of("--data-dir", data.toString()));
        Path first = root.resolve("c000.json");
        Path last = root.resolve("c399.json");
        assertThat(cli.run("index", root.toString())).isZero();
        assertThat(cli.run("favorite", first.toString(), "on")).isZero();
        assertThat(cli.run("tag", last.toString(), "add", "keeper")).isZero();
        IndexDamage.overwriteLeafPage(db, "cards");
        byte[] damaged = Files.readAllBytes(db);

        for (String[] command : List.of(new String[] {"list"}, new String[] {"list", "--json"},
                new String[] {"roots"}, new String[] {"roots", "--json"},
                new String[] {"favorite", last.toString(), "on"}, new String[] {"tag", first.toString(), "add", "y"},
                new String[] {"index"}, new String[] {"index", tmp.resolve("more").toString()},
                new String[] {"roots", "remove", root.toString()})) {
            Files.createDirectories(tmp.resolve("more"));
            int code = cli.run(command);
            assertThat(code).as(String.join(" ", command)).isEqualTo(1);
            assertThat(cli.err()).as(String.join(" ", command)).contains(db + " is damaged")
                    .contains("rebuild-index").doesNotContain("Exception");
        }
        assertThat(Files.readAllBytes(db)).as("no command wrote into the damaged file").isEqualTo(damaged);

        assertThat(cli.run("rebuild-index")).as(cli.err()).isZero();
        assertThat(cli.out()).contains("old index moved to").contains("saved 1 folders");
        assertThat(cli.run("rebuild-index")).isEqualTo(1);
        assertThat(cli.err()).contains("nothing to rebuild");

        assertThat(cli.run("index")).as(cli.err()).isZero();
        assertThat(cli.run("list", "--json")).isZero();
        JsonNode cards = json.readTree(cli.out());
        assertThat(cards).hasSize(400);
        for (JsonNode c : cards) {
            String name = c.path("name").asText();
            assertThat(c.path("favorite").asBoolean()).as(name).isEqualTo(name.equals("Card 0"));
            assertThat(c.path("userTags").toString()).as(name).isEqualTo(name.equals("Card 399") ? "[\"keeper\"]" : "[]");
        }
    }
}
