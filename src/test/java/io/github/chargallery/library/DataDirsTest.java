package io.github.chargallery.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirsTest {
    @Test
    void explicitFolderWinsOverEnvironmentAndPlatform() {
        assertThat(DataDirs.resolve("/x/data", Map.of(DataDirs.ENV, "/env"), "Linux", "/home/u"))
                .isEqualTo(Path.of("/x/data"));
        assertThat(DataDirs.resolve(null, Map.of(DataDirs.ENV, "/env"), "Linux", "/home/u"))
                .isEqualTo(Path.of("/env"));
    }

    @Test
    void platformFolders() {
        assertThat(DataDirs.resolve(null, Map.of(), "Linux", "/home/u"))
                .isEqualTo(Path.of("/home/u/.local/share/character-gallery"));
        assertThat(DataDirs.resolve(null, Map.of("XDG_DATA_HOME", "/xdg"), "Linux", "/home/u"))
                .isEqualTo(Path.of("/xdg/character-gallery"));
        assertThat(DataDirs.resolve(null, Map.of(), "Mac OS X", "/Users/u"))
                .isEqualTo(Path.of("/Users/u/Library/Application Support/CharacterGallery"));
        assertThat(DataDirs.resolve(null, Map.of("APPDATA", "/appdata"), "Windows 11", "/u"))
                .isEqualTo(Path.of("/appdata/CharacterGallery"));
    }
}
