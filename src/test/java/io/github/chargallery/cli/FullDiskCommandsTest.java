package io.github.chargallery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.chargallery.cli.bench.LibraryGenerator;
import io.github.chargallery.testing.CliRun;
import io.github.chargallery.testing.Tmpfs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

/**
 * The data folder on a real, small file system (tmpfs, 3 MB) that fills during {@code index}: the
 * message names the cause, the report counts what was saved, {@code list} and {@code roots} still work
 * and the index checks fine. Needs root and a permitted {@code mount}; skipped otherwise.
 */
class FullDiskCommandsTest {
    @TempDir
    Path tmp;
    private Tmpfs disk;

    @AfterEach
    void unmount() {
        if (disk != null) {
            disk.close();
        }
    }

    @Test
    void indexOnAFullDiskSaysNoSpaceAndTheIndexStillReadsAndChecksFine() throws Exception {
        Path point = Files.createDirectories(tmp.resolve("small-disk"));
        disk = Tmpfs.mountOrSkip(point, "3m");
        Path root = tmp.resolve("cards");
        LibraryGenerator.generate(root, 5_000, 3, 2); // ~2 KB of index each: 10 MB
        Path data = point.resolve("data");
        Path db = data.resolve("library.db");
        CliRun cli = new CliRun(List.of(), List.of("--data-dir", data.toString()));

        assertThat(cli.run("index", root.toString(), "--json")).isEqualTo(1);
        assertThat(cli.err()).contains("no space left on the disk holding the index (" + db + ")")
                .doesNotContain("SQLITE").doesNotContain("Exception");
        int added = new ObjectMapper().readTree(cli.out()).path("added").asInt();

        assertThat(cli.run("list", "--json")).as(cli.err()).isZero();
        JsonNode cards = new ObjectMapper().readTree(cli.out());
        assertThat(cards.size()).as("some cards fit").isPositive().isLessThan(5_000);
        long readable = 0;
        for (JsonNode c : cards) {
            readable += c.path("error").isNull() ? 1 : 0;
        }
        assertThat(added).as("the report counts only what was saved").isEqualTo(readable);
        assertThat(cli.run("roots")).as(cli.err()).isZero();
        assertThat(cli.out()).contains(root.toString());

        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = config.createConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("ok");
        }
    }
}
