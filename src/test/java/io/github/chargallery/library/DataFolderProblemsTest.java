package io.github.chargallery.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The words for a data folder that cannot be created, for the faults root cannot meet (it ignores modes). */
class DataFolderProblemsTest {
    @TempDir
    Path tmp;

    @Test
    void permissionDeniedOnTheParentSaysItIsReadOnly() {
        Path data = tmp.resolve("data");
        assertThat(DataDirs.cannotCreate(data, new AccessDeniedException(data.toString())))
                .isEqualTo("cannot create the data folder " + data + ": its parent is read-only");
        Path deep = tmp.resolve("a/b/data");
        assertThat(DataDirs.cannotCreate(deep, new AccessDeniedException(tmp.resolve("a").toString())))
                .isEqualTo("cannot create the data folder " + deep + ": its parent " + tmp + " is read-only");
    }

    @Test
    void aFileInThePathAndOtherFailuresAreNamed() throws Exception {
        Path file = Files.writeString(tmp.resolve("f"), "x");
        assertThat(DataDirs.cannotCreate(file.resolve("data"), new FileSystemException(file.toString())))
                .isEqualTo("cannot create the data folder " + file.resolve("data") + ": " + file + " is a file, not a folder");
        Path data = tmp.resolve("data");
        assertThat(DataDirs.cannotCreate(data, new FileSystemException(data.toString(), null, "No space left on device")))
                .isEqualTo("cannot create the data folder " + data + ": No space left on device");
    }
}
