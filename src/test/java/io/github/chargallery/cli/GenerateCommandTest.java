package io.github.chargallery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chargallery.testing.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
    @TempDir
    Path dir;

    private final CliRun cli = new CliRun(List.of("generate"), List.of());

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void writesTheLibraryAndSummarizesIt() throws Exception {
        Path lib = dir.resolve("lib");
        assertThat(run(lib.toString(), "--cards", "100", "--seed", "3", "--avg-kb", "2")).isZero();
        assertThat(cli.out()).startsWith("wrote 100 cards to " + lib)
                .contains("86 PNG").contains("10 JSON").contains("3 CHARX").contains("1 broken");
        try (var files = Files.walk(lib)) {
            assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(100);
        }
    }

    @Test
    void theMeanFileSizeIsTheAskedAverage() throws Exception {
        for (int kb : new int[] {8, 32, 128}) {
            Path lib = dir.resolve("k" + kb);
            assertThat(run(lib.toString(), "--cards", "120", "--seed", "5", "--avg-kb", Integer.toString(kb))).isZero();
            try (var files = Files.walk(lib)) {
                double meanKb = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).average()
                        .orElseThrow() / 1024;
                assertThat(meanKb).as("--avg-kb %d", kb).isBetween(kb * 0.75, kb * 1.25);
            }
        }
    }

    @Test
    void badUsage() {
        assertThat(run(dir.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("DIR and --cards are required").contains("Usage: character-gallery generate DIR --cards N [--seed S] [--avg-kb K]");
        assertThat(run(dir.toString(), "--cards", "many")).isEqualTo(2);
        assertThat(cli.err()).contains("--cards needs a whole number, not \"many\"");
        assertThat(run(dir.toString(), "--cards")).isEqualTo(2);
        assertThat(cli.err()).contains("--cards needs a value");
    }

    @Test
    void nonEmptyFolderFails() throws Exception {
        Files.writeString(dir.resolve("x.png"), "mine");
        assertThat(run(dir.toString(), "--cards", "5")).isEqualTo(1);
        assertThat(cli.err()).contains("is not empty");
    }
}
