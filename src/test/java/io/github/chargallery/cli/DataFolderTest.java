package io.github.chargallery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.chargallery.testing.CliRun;
import io.github.chargallery.testing.Tmpfs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Data folders the commands cannot use as asked. Root ignores permission bits, so as root a real read-only
 * file system (a tmpfs mounted read-only) stands in for a folder without write permission; without the
 * right to mount, those tests are skipped. As another user, chmod does it.
 */
class DataFolderTest {
    @TempDir
    Path tmp;

    private final List<Tmpfs> mounts = new ArrayList<>();
    private final CliRun cli = new CliRun(List.of(), List.of());

    @AfterEach
    void unmount() {
        mounts.forEach(Tmpfs::close);
    }

    @Test
    void aDataFolderThatIsAFileIsRefusedSayingSo() throws Exception {
        Path file = Files.writeString(tmp.resolve("data"), "not a folder");
        for (String command : List.of("list", "index", "roots")) {
            assertThat(cli.run(command, "--data-dir", file.toString())).as(command).isEqualTo(1);
            assertThat(cli.err()).isEqualTo("cannot use " + file + " as the data folder: it is a file, not a folder\n");
        }
        assertThat(file).hasContent("not a folder");
    }

    @Test
    void aDataFolderWhoseParentIsReadOnlySaysExactlyThat() throws Exception {
        Path parent = readOnlyFolder("parent", false);
        Path data = parent.resolve("data");
        assertThat(cli.run("index", tmp.toString(), "--data-dir", data.toString())).isEqualTo(1);
        assertThat(cli.err()).isEqualTo("cannot create the data folder " + data + ": its parent is read-only\n");
        assertThat(cli.run("list", "--data-dir", parent.resolve("a/b/data").toString())).isEqualTo(1);
        assertThat(cli.err()).isEqualTo("cannot create the data folder " + parent.resolve("a/b/data")
                + ": its parent " + parent + " is read-only\n");
    }

    @Test
    void aReadOnlyDataFolderStillListsAndRefusesChangesSayingWhy() throws Exception {
        Path data = readOnlyFolder("data", true);
        assertThat(cli.run("list", "--json", "--data-dir", data.toString())).as(cli.err()).isZero();
        JsonNode list = new ObjectMapper().readTree(cli.out());
        assertThat(list).hasSize(1);
        assertThat(list.get(0).path("name").asText()).isEqualTo("Zoe");
        assertThat(cli.run("roots", "--data-dir", data.toString())).as(cli.err()).isZero();
        assertThat(cli.out()).contains("1 cards");
        String card = list.get(0).path("files").get(0).asText();
        assertThat(cli.run("favorite", card, "on", "--data-dir", data.toString())).isEqualTo(1);
        assertThat(cli.err()).isEqualTo("the data folder " + data + " is read-only: the index cannot be written"
                + " (list and roots can still read it)\n");
    }

    /**
     * A read-only folder named {@code name} under tmp; with {@code indexed}, it holds an index of one card
     * (written before it became read-only).
     */
    private Path readOnlyFolder(String name, boolean indexed) throws Exception {
        Path dir = tmp.resolve(name);
        Files.createDirectories(dir);
        boolean root = "root".equals(System.getProperty("user.name"));
        Tmpfs fs = null;
        if (root) { // chmod does not stop root: only a read-only file system does
            fs = Tmpfs.mountOrSkip(dir, "16m");
            mounts.add(fs);
        }
        if (indexed) {
            Path cards = Files.createDirectories(tmp.resolve("cards"));
            Files.writeString(cards.resolve("zoe.json"), "{\"spec\":\"chara_card_v2\",\"spec_version\":\"2.0\","
                    + "\"data\":{\"name\":\"Zoe\",\"creator\":\"t\",\"description\":\"d\",\"first_mes\":\"hi\"}}");
            assertThat(cli.run("index", cards.toString(), "--data-dir", dir.toString())).as(cli.err()).isZero();
        }
        if (root) {
            assertThat(fs.makeReadOnly()).isTrue();
        } else {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        }
        return dir;
    }
}
