package io.github.chargallery.gallery.model;

import io.github.chargallery.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ImporterTest {
    @TempDir
    Path tmp;

    @Test
    void anImportClashingWithAFileGetsANewNameAndNeverOverwrites() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("imports"));
        Files.writeString(folder.resolve("zoe.json"), "the user's own zoe");
        Path dropped = TestFiles.json(Files.createDirectories(tmp.resolve("dropped")), "zoe.json", "Zoe", "someone");

        Path copied = Importer.copyInto(folder, dropped);

        assertThat(copied.getFileName().toString()).isEqualTo("zoe (2).json");
        assertThat(Files.readString(folder.resolve("zoe.json"))).isEqualTo("the user's own zoe");
        assertThat(Files.readAllBytes(copied)).isEqualTo(Files.readAllBytes(dropped));
    }

    @Test
    void aCopyThatFailsPartWayLeavesNoHalfCardAndTheFolderAsItWas() throws Exception {
        // Reading this file fails with an I/O error after the copy has begun: a real read failure, like a
        // card on a network share that drops during the copy.
        Path failing = Path.of("/proc/self/mem");
        assumeTrue(Files.exists(failing), "needs Linux /proc");
        Path folder = Files.createDirectories(tmp.resolve("imports"));
        Files.writeString(folder.resolve("mem"), "the user's file");

        assertThatThrownBy(() -> Importer.copyInto(folder, failing)).isInstanceOf(IOException.class);

        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("mem");
        }
        assertThat(Files.readString(folder.resolve("mem"))).isEqualTo("the user's file");
    }
}
