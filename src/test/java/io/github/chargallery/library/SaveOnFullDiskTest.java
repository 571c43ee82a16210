package io.github.chargallery.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chargallery.card.CardChanges;
import io.github.chargallery.card.CardField;
import io.github.chargallery.card.CardWriter;
import io.github.chargallery.card.Card;
import io.github.chargallery.testing.TestFiles;
import io.github.chargallery.testing.Tmpfs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A save whose write fails half way, for real: the card lies on a small file system (tmpfs, 2 MB) with
 * less room left than the new file needs. The original stays byte for byte, no temporary file is left,
 * and no version is listed for a save that did not happen. Needs root and a permitted {@code mount}.
 */
class SaveOnFullDiskTest {
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
    void aSaveThatRunsOutOfSpaceLeavesTheCardAsItWas() throws Exception {
        Path point = Files.createDirectories(tmp.resolve("small-disk"));
        disk = Tmpfs.mountOrSkip(point, "2m");
        Path file = point.resolve("big.png");
        String json = io.github.chargallery.testing.CardJson.v2("Big", "me", List.of(), "d");
        CardWriter.writePng(file, TestFiles.image(600, 400, 7), Card.fromJson(json, "Big"));
        byte[] before = Files.readAllBytes(file);
        // fill the disk until less than the file's size is left
        Path filler = point.resolve("filler");
        long free = Files.getFileStore(point).getUsableSpace();
        Files.write(filler, new byte[(int) Math.max(0, free - before.length / 2)]);
        Library library = Library.open(tmp.resolve("data"));
        try (library) {
            CardSaver saver = new CardSaver(library, tmp.resolve("data"));
            FileVersion opened = saver.open(file).version();

            assertThatThrownBy(() -> saver.save(file, opened, CardChanges.NONE.with(CardField.NAME, "Bigger"),
                    CardSaver.OnConflict.REFUSE)).isInstanceOfSatisfying(SaveException.class,
                    e -> assertThat(e.kind()).isEqualTo(SaveException.Kind.FAILED)).hasMessageContaining("cannot write it");

            assertThat(Files.readAllBytes(file)).isEqualTo(before);
            try (Stream<Path> files = Files.list(point)) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("big.png", "filler");
            }
            assertThat(saver.history(file)).isEmpty();
        }
    }
}
