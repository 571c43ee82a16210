package io.github.chargallery.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failures during the walk (tests run as root, so permissions cannot be used to cause them). */
class FileTreeWalkerTest {
    @TempDir
    Path root;

    @Test
    void anUnreadableFolderInsideTheRootIsSkippedWithItsName() {
        FileTreeWalker.Visitor v = new FileTreeWalker.Visitor(root, Set.of(), () -> false, d -> null);
        Path locked = root.resolve("locked");

        assertThat(v.visitFileFailed(locked, new AccessDeniedException(locked.toString())))
                .isEqualTo(FileVisitResult.CONTINUE);
        assertThat(v.failure).isNull();
        assertThat(v.skipped()).singleElement().satisfies(f -> {
            assertThat(f.folder()).isEqualTo(locked);
            assertThat(f.reason()).contains(locked.toString()).contains("AccessDenied");
        });
    }

    @Test
    void theRootUnreadableStopsTheWalkWithItsName() {
        FileTreeWalker.Visitor v = new FileTreeWalker.Visitor(root, Set.of(), () -> false, d -> null);

        assertThat(v.visitFileFailed(root, new AccessDeniedException(root.toString())))
                .isEqualTo(FileVisitResult.TERMINATE);
        assertThat(v.failure).contains(root.toString()).contains("AccessDenied");
    }

    @Test
    void anUnreadableHiddenFolderIsSkippedLikeEveryHiddenFolder() {
        FileTreeWalker.Visitor v = new FileTreeWalker.Visitor(root, Set.of(), () -> false, d -> null);
        Path hidden = root.resolve(".Trash-0");

        assertThat(v.visitFileFailed(hidden, new AccessDeniedException(hidden.toString())))
                .isEqualTo(FileVisitResult.CONTINUE);
        assertThat(v.failure).isNull();
    }

    @Test
    void cardNamesMatchTheCodecsExtensionsInAnyCase() {
        assertThat(FileTreeWalker.Visitor.isCardName("a.PNG")).isTrue();
        assertThat(FileTreeWalker.Visitor.isCardName("a.Json")).isTrue();
        assertThat(FileTreeWalker.Visitor.isCardName("a.charx")).isTrue();
        assertThat(FileTreeWalker.Visitor.isCardName("a.png.txt")).isFalse();
        assertThat(FileTreeWalker.Visitor.isCardName("png")).isFalse();
        assertThat(FileTreeWalker.Visitor.isCardName("x.jpg")).isFalse();
    }
}
