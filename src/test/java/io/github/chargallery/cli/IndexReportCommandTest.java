package io.github.chargallery.cli;

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

/** What {@code index --json} reports, and which folders it refuses to add. */
class IndexReportCommandTest {
    private static final ObjectMapper M = new ObjectMapper();

    @TempDir
    Path tmp;

    private CliRun cli() {
        return new CliRun(List.of(), List.of("--data-dir", tmp.resolve("data").toString()));
    }

    private static void card(Path file, String name) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"spec\":\"chara_card_v2\",\"spec_version\":\"2.0\",\"data\":{\"name\":\"" + name
                + "\",\"creator\":\"cli\",\"tags\":[],\"description\":\"d\",\"first_mes\":\"hi\"}}");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(3600)));
    }

    @Test
    void aRescanCountsUnreadableFilesAndARenameIsMoved() throws Exception {
        Path root = tmp.resolve("lib");
        card(root.resolve("ann.json"), "Ann");
        card(root.resolve("bob.json"), "Bob");
        Files.writeString(root.resolve("broken.json"), "{nope");
        Files.setLastModifiedTime(root.resolve("broken.json"), FileTime.from(Instant.now().minusSeconds(3600)));
        CliRun cli = cli();
        assertThat(cli.run("index", root.toString(), "--json")).isEqualTo(0);

        Files.move(root.resolve("ann.json"), root.resolve("ann-renamed.json"));
        assertThat(cli.run("index", "--json")).isEqualTo(0);
        JsonNode r = M.readTree(cli.out());
        assertThat(r.path("moved").asInt()).isEqualTo(1);
        assertThat(r.path("added").asInt()).isZero();
        assertThat(r.path("removed").asInt()).isZero();
        assertThat(r.path("errors").asInt()).as("broken.json is still unreadable").isEqualTo(1);
        assertThat(r.path("skipped_folders").isArray()).isTrue();
        assertThat(r.path("skipped_folders")).isEmpty();
    }

    @Test
    void aLinkToARootIsRefusedWithTheRootItIs() throws Exception {
        Path root = tmp.resolve("lib");
        card(root.resolve("sub/ann.json"), "Ann");
        Path link = Files.createSymbolicLink(tmp.resolve("link"), root);
        Path subLink = Files.createSymbolicLink(tmp.resolve("sub-link"), root.resolve("sub"));
        CliRun cli = cli();
        assertThat(cli.run("index", root.toString())).isEqualTo(0);

        assertThat(cli.run("index", link.toString(), "--json")).isEqualTo(2);
        assertThat(cli.err()).contains(link + " is already in the library as " + root);
        assertThat(cli.run("index", subLink.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("already in the library as " + root);

        assertThat(cli.run("roots")).isEqualTo(0);
        assertThat(cli.out().lines()).hasSize(1);
    }
}
