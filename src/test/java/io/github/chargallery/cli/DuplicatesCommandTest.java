package io.github.chargallery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.chargallery.cli.bench.LibraryGenerator;
import io.github.chargallery.cli.bench.Repeats;
import io.github.chargallery.testing.CliRun;
import io.github.chargallery.testing.DuplicateFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** duplicates and dismiss on libraries whose groups are known. */
class DuplicatesCommandTest {
    private static final ObjectMapper M = new ObjectMapper();

    @TempDir
    Path tmp;
    CliRun cli;

    private JsonNode groups(String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("duplicates", "--json"));
        args.addAll(List.of(extra));
        assertThat(cli.run(args.toArray(String[]::new))).as(cli.err()).isZero();
        return M.readTree(cli.out());
    }

    private static Set<String> files(JsonNode group) {
        Set<String> out = new HashSet<>();
        group.get("cards").forEach(c -> c.get("files").forEach(f -> out.add(f.asText())));
        return out;
    }

    private static Set<String> names(Path... files) {
        Set<String> out = new HashSet<>();
        for (Path f : files) {
            out.add(f.toString());
        }
        return out;
    }

    @Test
    void theGroupsFoundAreExactlyTheKnownOnes() throws Exception {
        DuplicateFixtures f = new DuplicateFixtures(tmp.resolve("cards"));
        cli = new CliRun(List.of(), List.of("--data-dir", tmp.resolve("data").toString()));
        assertThat(cli.run("index", f.root.toString())).isZero();

        JsonNode all = groups();

        assertThat(all).hasSize(3);
        JsonNode card = groups("--kind", "same-card");
        assertThat(card).singleElement().satisfies(g -> {
            assertThat(g.get("kind").asText()).isEqualTo("same-card");
            assertThat(files(g)).isEqualTo(names(f.novaPng, f.novaCopy, f.novaJson, f.novaPretty));
        });
        JsonNode versions = groups("--kind", "same-character");
        assertThat(versions).singleElement().satisfies(g -> {
            assertThat(files(g)).isEqualTo(names(f.aira, f.airaV2)); // not the Aira by another creator
            List<String> fields = new ArrayList<>();
            g.get("differences").forEach(d -> fields.add(d.get("field").asText()));
            assertThat(fields).contains("character_version", "description");
        });
        JsonNode pictures = groups("--kind", "same-picture");
        assertThat(pictures).singleElement().satisfies(g -> assertThat(files(g))
                .isEqualTo(names(f.sunset, f.sunsetReupload)));
    }

    @Test
    void aDismissedGroupStaysAwayUntilItsCardsChange() throws Exception {
        DuplicateFixtures f = new DuplicateFixtures(tmp.resolve("cards"));
        cli = new CliRun(List.of(), List.of("--data-dir", tmp.resolve("data").toString()));
        assertThat(cli.run("index", f.root.toString())).isZero();
        String id = groups("--kind", "same-picture").get(0).get("id").asText();

        assertThat(cli.run("dismiss", id)).isZero();
        assertThat(groups("--kind", "same-picture")).isEmpty();
        assertThat(groups()).hasSize(2);
        assertThat(cli.run("dismiss", "pict-000000000000")).isEqualTo(1);
        assertThat(cli.err()).contains("no duplicates group pict-000000000000");

        // a third copy of the picture joins: another group, shown
        Files.copy(f.sunsetReupload, f.root.resolve("b/Evening Glow (2).png"));
        assertThat(cli.run("index")).isZero();
        assertThat(groups("--kind", "same-picture")).singleElement()
                .satisfies(g -> assertThat(g.get("id").asText()).isNotEqualTo(id));
    }

    @Test
    void everyRepeatPlantedByGenerateIsFoundAndOtherCreatorsAreNot() throws Exception {
        Path lib = tmp.resolve("lib");
        Repeats.Planted planted = LibraryGenerator.generate(lib, 150, 3, 4, 20).planted();
        cli = new CliRun(List.of(), List.of("--data-dir", tmp.resolve("data").toString()));
        assertThat(cli.run("index", lib.toString())).isEqualTo(0);

        List<JsonNode> found = new ArrayList<>();
        groups().forEach(found::add);

        check(found, "same-card", planted.sameCard());
        check(found, "same-character", planted.sameCharacter());
        check(found, "same-picture", planted.samePicture());
        for (List<Path> pair : planted.notGrouped()) {
            assertThat(found).as("an equal name by another creator is no version: %s", pair)
                    .noneMatch(g -> g.get("kind").asText().equals("same-character")
                            && files(g).containsAll(names(pair.toArray(Path[]::new))));
        }
    }

    private static void check(List<JsonNode> found, String kind, List<List<Path>> planted) {
        assertThat(planted).isNotEmpty();
        for (List<Path> files : planted) {
            assertThat(found).as("%s group holding %s", kind, files).anyMatch(g -> g.get("kind").asText().equals(kind)
                    && files(g).containsAll(names(files.toArray(Path[]::new))));
        }
    }
}
