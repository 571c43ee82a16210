package io.github.chargallery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.chargallery.testing.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17: {@code favorite} and {@code tag} take many files in one go, all or nothing, with --json. */
class BulkUserDataCommandsTest {
    private static final ObjectMapper M = new ObjectMapper();

    @TempDir
    Path tmp;

    private CliRun cli;

    private int run(String... args) {
        cli = CliRun.inDataDir(tmp.resolve("data"));
        return cli.run(args);
    }

    private List<Path> cards(int n) throws Exception {
        Path root = tmp.resolve("lib");
        Files.createDirectories(root);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Path f = root.resolve("c" + i + ".json");
            Files.writeString(f, "{\"spec\":\"chara_card_v2\",\"spec_version\":\"2.0\",\"data\":{\"name\":\"Card " + i
                    + "\",\"creator\":\"cli\",\"tags\":[],\"description\":\"d\",\"first_mes\":\"hi\"}}");
            files.add(f);
        }
        assertThat(run("index", root.toString())).isEqualTo(0);
        return files;
    }

    private JsonNode listed() throws Exception {
        assertThat(run("list", "--json")).isEqualTo(0);
        return M.readTree(cli.out());
    }

    private static String[] args(String first, List<Path> files, String... rest) {
        List<String> a = new ArrayList<>(List.of(first));
        files.forEach(f -> a.add(f.toString()));
        a.addAll(List.of(rest));
        return a.toArray(String[]::new);
    }

    @Test
    void favouriteAndTagManyFilesAtOnce() throws Exception {
        List<Path> files = cards(5);
        List<Path> three = files.subList(0, 3);

        assertThat(run(args("favorite", three, "on", "--json"))).isEqualTo(0);
        JsonNode fav = M.readTree(cli.out());
        assertThat(fav.path("favorite").asBoolean()).isTrue();
        assertThat(fav.path("cards").asInt()).isEqualTo(3);
        assertThat(run(args("tag", three, "add", "picked", "--json"))).isEqualTo(0);
        assertThat(M.readTree(cli.out()).path("cards").asInt()).isEqualTo(3);

        int favourites = 0;
        int tagged = 0;
        for (JsonNode c : listed()) {
            favourites += c.path("favorite").asBoolean() ? 1 : 0;
            tagged += c.path("userTags").toString().contains("picked") ? 1 : 0;
        }
        assertThat(favourites).isEqualTo(3);
        assertThat(tagged).isEqualTo(3);

        assertThat(run(args("tag", files, "remove", "picked"))).isEqualTo(0);
        assertThat(cli.out().lines().count()).as("one line per file").isEqualTo(5);
        assertThat(listed().toString()).doesNotContain("picked");
    }

    @Test
    void aFileNotInTheIndexChangesNothing() throws Exception {
        List<Path> files = new ArrayList<>(cards(2));
        Path unknown = tmp.resolve("lib/never-indexed.json");
        files.add(unknown);

        assertThat(run(args("tag", files, "add", "picked"))).isEqualTo(1);
        assertThat(cli.err()).contains("not in the index: " + unknown).contains("nothing changed");
        assertThat(run(args("favorite", files, "on"))).isEqualTo(1);
        JsonNode all = listed();
        assertThat(all.toString()).doesNotContain("picked");
        for (JsonNode c : all) {
            assertThat(c.path("favorite").asBoolean()).isFalse();
        }
    }

    @Test
    void helpShowsTheManyFileForms() {
        assertThat(run("tag", "--help")).isEqualTo(0);
        assertThat(cli.out()).contains("tag PATH... add|remove TAG").contains("--json");
        assertThat(run("favorite", "--help")).isEqualTo(0);
        assertThat(cli.out()).contains("favorite PATH... on|off");
    }
}
