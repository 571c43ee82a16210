package io.github.chargallery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.chargallery.card.CardReader;
import io.github.chargallery.testing.CliRun;
import io.github.chargallery.testing.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** edit, history, revert and export from the command line. */
class EditCommandsTest {
    private static final ObjectMapper M = new ObjectMapper();

    @TempDir
    Path tmp;

    private CliRun cli;

    private int run(String... args) {
        cli = CliRun.inDataDir(tmp.resolve("data"));
        return cli.run(args);
    }

    /** A command that takes no data folder (export). */
    private int runPlain(String... args) {
        cli = new CliRun(List.of(), List.of());
        return cli.run(args);
    }

    private Path indexedPng() throws Exception {
        Path png = TestFiles.png(tmp.resolve("lib"), "zoe.png", "Zoe", "cli", "sea");
        Files.setLastModifiedTime(png, FileTime.from(Instant.now().minusSeconds(3600)));
        assertThat(run("index", tmp.resolve("lib").toString())).isEqualTo(0);
        return png;
    }

    @Test
    void editSavesTheFieldsKeepsTheCardAndPrintsTheNewSummary() throws Exception {
        Path png = indexedPng();
        assertThat(run("favorite", png.toString(), "on")).isEqualTo(0);

        assertThat(run("edit", png.toString(), "--set", "name=Zoe Prime", "--set", "tags=sea, sky",
                "--add-greeting", "Ahoy!", "--add-greeting", "Hello again", "--json")).as(cli.err()).isEqualTo(0);

        JsonNode o = M.readTree(cli.out());
        assertThat(o.path("saved").asBoolean()).isTrue();
        assertThat(o.path("name").asText()).isEqualTo("Zoe Prime");
        assertThat(o.path("greetings").asInt()).isEqualTo(3);
        assertThat(o.path("kept_version").path("number").asInt()).isEqualTo(1);
        assertThat(o.path("summary").path("favorite").asBoolean()).isTrue();
        assertThat(o.path("summary").path("tags")).extracting(JsonNode::asText).containsExactly("sea", "sky");
        var card = CardReader.standard().read(png).card();
        assertThat(card.alternateGreetings()).containsExactly("Hi again", "Ahoy!", "Hello again");
        assertThat(run("list", "--json")).isEqualTo(0);
        assertThat(M.readTree(cli.out())).hasSize(1);
        assertThat(M.readTree(cli.out()).get(0).path("name").asText()).isEqualTo("Zoe Prime");
    }

    @Test
    void editRefusesWithTheReasonAndBadUsageIsExitTwo() throws Exception {
        Path png = indexedPng();
        byte[] before = Files.readAllBytes(png);

        assertThat(run("edit", png.toString(), "--set", "name=")).isEqualTo(1);
        assertThat(cli.err()).contains("name is empty");
        assertThat(run("edit", tmp.resolve("missing.png").toString(), "--set", "name=X")).isEqualTo(1);
        assertThat(cli.err()).contains("file not found");
        assertThat(run("edit", png.toString(), "--set", "colour=red")).isEqualTo(2);
        assertThat(cli.err()).contains("unknown field \"colour\"");
        assertThat(run("edit", png.toString())).isEqualTo(2);
        assertThat(run("edit", png.toString(), "--set", "nameX")).isEqualTo(2);
        assertThat(Files.readAllBytes(png)).isEqualTo(before);
    }

    @Test
    void historyAndRevertBringBackEachVersionByteForByte() throws Exception {
        Path png = indexedPng();
        byte[] original = Files.readAllBytes(png);
        assertThat(run("history", png.toString())).isEqualTo(0);
        assertThat(cli.out()).contains("no earlier version");
        assertThat(run("revert", png.toString())).isEqualTo(1);
        assertThat(cli.err()).contains("no earlier version");

        assertThat(run("edit", png.toString(), "--set", "description=one")).isEqualTo(0);
        byte[] one = Files.readAllBytes(png);
        assertThat(run("edit", png.toString(), "--set", "description=two")).isEqualTo(0);
        assertThat(run("history", png.toString(), "--json")).isEqualTo(0);
        assertThat(M.readTree(cli.out())).hasSize(2);

        assertThat(run("revert", png.toString(), "--to", "2")).as(cli.err()).isEqualTo(0);
        assertThat(Files.readAllBytes(png)).isEqualTo(original);
        // the revert kept "two" as version 1: reverting the revert
        assertThat(run("revert", png.toString())).as(cli.err()).isEqualTo(0);
        assertThat(CardReader.standard().read(png).card().description()).isEqualTo("two");
        // now: 1 original (kept by that revert), 2 two, 3 one, 4 original
        assertThat(run("history", png.toString(), "--json")).isEqualTo(0);
        assertThat(M.readTree(cli.out())).hasSize(4);
        assertThat(run("revert", png.toString(), "--to", "3")).isEqualTo(0);
        assertThat(Files.readAllBytes(png)).isEqualTo(one);
        assertThat(run("revert", png.toString(), "--to", "99")).isEqualTo(1);
        assertThat(cli.err()).contains("no version 99");
        assertThat(run("revert", png.toString(), "--to", "0")).isEqualTo(2);
    }

    @Test
    void exportWritesEachFormatAndNeverOverwrites() throws Exception {
        Path png = TestFiles.png(tmp.resolve("lib"), "zoe.png", "Zoe", "cli", "sea");
        Path json = TestFiles.json(tmp.resolve("lib"), "ann.json", "Ann", "cli");
        Path outDir = tmp.resolve("out");

        assertThat(runPlain("export", png.toString(), json.toString(), "--to", "charx", "--out", outDir.toString(),
                "--json")).as(cli.err()).isEqualTo(0);
        JsonNode rows = M.readTree(cli.out());
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).path("written").asText()).endsWith("Zoe.charx");
        assertThat(rows.get(0).path("spec").asText()).isEqualTo("v3");
        assertThat(runPlain("export", json.toString(), "--to", "png", "--spec", "v3", "--out", outDir.toString()))
                .isEqualTo(0);
        assertThat(runPlain("export", json.toString(), "--to", "png", "--out", outDir.toString())).isEqualTo(0);
        assertThat(cli.out()).contains("Ann (2).png");
        assertThat(CardReader.standard().read(outDir.resolve("Ann (2).png")).card().name()).isEqualTo("Ann");
        assertThat(CardReader.standard().read(outDir.resolve("Ann.png")).card().spec().label()).isEqualTo("v3");

        assertThat(runPlain("export", png.toString(), "--to", "gif", "--out", outDir.toString())).isEqualTo(2);
        assertThat(runPlain("export", png.toString(), "--to", "charx", "--spec", "v2", "--out", outDir.toString()))
                .isEqualTo(2);
        assertThat(runPlain("export", png.toString(), "--to", "json")).isEqualTo(2);
        assertThat(runPlain("export", tmp.resolve("nope.json").toString(), png.toString(), "--to", "json", "--out",
                outDir.toString())).isEqualTo(1);
        assertThat(cli.err()).contains("nope.json").contains("file not found");
        assertThat(outDir.resolve("Zoe.json")).exists();
    }
}
