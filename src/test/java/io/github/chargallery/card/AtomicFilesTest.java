package io.github.chargallery.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path tmp;

    /** Writes half of the new content, then fails as a full disk or an unplugged drive does. */
    private static final AtomicFiles.Body FAILS_HALF_WAY = out -> {
        out.write(new byte[64 * 1024]);
        throw new IOException("No space left on device");
    };

    @Test
    void aWriteThatFailsHalfWayLeavesTheOriginalAsItWasAndNoTemporaryFile() throws Exception {
        Path card = tmp.resolve("zoe.png");
        byte[] original = "the user's card".getBytes();
        Files.write(card, original);

        assertThatThrownBy(() -> AtomicFiles.write(card, FAILS_HALF_WAY)).hasMessageContaining("No space left");

        assertThat(Files.readAllBytes(card)).isEqualTo(original);
        assertThat(names()).containsExactly("zoe.png");
    }

    @Test
    void aWriteReplacesTheFileOnlyWhenComplete() throws Exception {
        Path card = tmp.resolve("zoe.png");
        Files.writeString(card, "old");
        AtomicFiles.write(card, out -> out.write("new".getBytes()));
        assertThat(Files.readString(card)).isEqualTo("new");
        assertThat(names()).containsExactly("zoe.png");
    }

    @Test
    void aNewFileNeverReplacesOneAndAFailedOneLeavesNothing() throws Exception {
        Files.writeString(tmp.resolve("zoe.png"), "first");

        Path second = AtomicFiles.writeNew(tmp, "zoe.png", out -> out.write("second".getBytes()));
        assertThatThrownBy(() -> AtomicFiles.writeNew(tmp, "zoe.png", FAILS_HALF_WAY)).isInstanceOf(IOException.class);

        assertThat(second.getFileName().toString()).isEqualTo("zoe (2).png");
        assertThat(Files.readString(tmp.resolve("zoe.png"))).isEqualTo("first");
        assertThat(names()).containsExactlyInAnyOrder("zoe.png", "zoe (2).png");
    }

    private Stream<String> names() throws IOException {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.map(p -> p.getFileName().toString()).toList().stream();
        }
    }
}
