package io.github.chargallery.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parallel walk lists exactly what the one-thread walk lists (files with sizes and dates, skipped folders,
 * failure), on a tree with everything a walk must decide about, with folders failing through the walker's
 * fault seam, and through a real file system that errs on some folders (the FUSE pass-through of
 * src/test/fuse, skipped where FUSE cannot be mounted).
 */
class ParallelWalkerTest {
    @TempDir
    Path tmp;

    private Path tree() throws IOException {
        Path root = tmp.resolve("root");
        for (int f = 0; f < 12; f++) {
            Path dir = root.resolve("group-" + (f % 3)).resolve("folder-" + f);
            Files.createDirectories(dir);
            for (int i = 0; i < 5 + f * 3; i++) {
                Files.write(dir.resolve("card-" + i + (i % 3 == 0 ? ".png" : i % 3 == 1 ? ".json" : ".CHARX")),
                        new byte[f * 10 + i]);
            }
            Files.writeString(dir.resolve("notes.txt"), "not a card");
        }
        Path big = Files.createDirectories(root.resolve("big"));
        for (int i = 0; i < 150; i++) {
            Files.write(big.resolve(i + ".png"), new byte[i]);
        }
        Files.createDirectories(root.resolve(".git/objects"));
        Files.write(root.resolve(".git/objects/hidden.png"), new byte[3]);
        Files.write(root.resolve("group-0/._resource-fork.png"), new byte[3]);
        Files.createDirectories(root.resolve("nested-root/deep"));
        Files.write(root.resolve("nested-root/deep/other.png"), new byte[4]);
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.write(outside.resolve("linked.png"), new byte[7]);
        Files.createSymbolicLink(root.resolve("linked-folder"), Path.of("../outside")); // relative: also through a mount
        Files.createSymbolicLink(root.resolve("group-1/loop"), Path.of(".."));
        Files.createSymbolicLink(root.resolve("group-2/broken.png"), Path.of("nothing-here.png"));
        Files.createDirectories(root.resolve("private/inner"));
        Files.write(root.resolve("private/inner/secret.png"), new byte[5]);
        return root;
    }

    private static Set<FileStat> files(FolderWalker.Result r) {
        return new HashSet<>(r.files());
    }

    private static Set<String> skipped(FolderWalker.Result r) {
        return r.skipped().stream().map(s -> s.folder() + " " + s.reason()).collect(Collectors.toSet());
    }

    private static void assertSame(FolderWalker.Result parallel, FolderWalker.Result sequential) {
        assertThat(files(parallel)).isEqualTo(files(sequential));
        assertThat(parallel.files()).as("in the same order").containsExactlyElementsOf(sequential.files());
        assertThat(parallel.files()).hasSameSizeAs(sequential.files());
        assertThat(skipped(parallel)).isEqualTo(skipped(sequential));
        assertThat(parallel.failure()).isEqualTo(sequential.failure());
        assertThat(parallel.complete()).isEqualTo(sequential.complete());
    }

    @Test
    void findsExactlyWhatTheOneThreadWalkFinds() throws IOException {
        Path root = tree();
        Set<Path> skip = Set.of(root.resolve("nested-root"));
        FolderWalker.Result sequential = new FileTreeWalker().walk(root, skip, () -> false);
        FolderWalker.Result parallel = new ParallelTreeWalker(dir -> null, 8).walk(root, skip, () -> false);

        assertSame(parallel, sequential);
        assertThat(sequential.files()).hasSize(12 * 5 + 3 * 66 + 150 + 2); // cards, big folder, linked, private
        assertThat(parallel.complete()).isTrue();
    }

    @Test
    void foldersThatFailToOpenAreSkippedAlike() throws IOException {
        Path root = tree();
        FileTreeWalker.Faults faults = dir -> dir.getFileName().toString().matches("private|folder-[37]")
                ? new AccessDeniedException(dir.toString()) : null;
        FolderWalker.Result sequential = new FileTreeWalker(faults).walk(root, Set.of(), () -> false);
        FolderWalker.Result parallel = new ParallelTreeWalker(faults, 4).walk(root, Set.of(), () -> false);

        assertSame(parallel, sequential);
        assertThat(parallel.skipped()).hasSize(3);
    }

    @Test
    void aRootThatCannotBeReadFailsBothWalks() throws IOException {
        Path root = tree();
        FileTreeWalker.Faults faults = dir -> dir.equals(root) ? new AccessDeniedException(dir.toString()) : null;
        FolderWalker.Result sequential = new FileTreeWalker(faults).walk(root, Set.of(), () -> false);
        FolderWalker.Result parallel = new ParallelTreeWalker(faults, 4).walk(root, Set.of(), () -> false);

        assertSame(parallel, sequential);
        assertThat(parallel.failure()).contains("cannot read");
        assertThat(new ParallelTreeWalker(d -> null, 4).walk(tmp.resolve("gone"), Set.of(), () -> false).failure())
                .isEqualTo("folder not found: " + tmp.resolve("gone"));
    }

    @Test
    void aCancelledWalkIsNotComplete() throws IOException {
        Path root = tree();
        assertThat(new ParallelTreeWalker(d -> null, 4).walk(root, Set.of(), () -> true).complete()).isFalse();
    }

    @Test
    void threadsFollowTheMeasuredLatency() {
        assertThat(AdaptiveWalker.threadsFor(5_000, 1)).isEqualTo(1);
        assertThat(AdaptiveWalker.threadsFor(5_000, 2)).isEqualTo(2);
        assertThat(AdaptiveWalker.threadsFor(5_000, 32)).isEqualTo(4);
        assertThat(AdaptiveWalker.threadsFor(1_000_000, 2)).isEqualTo(8);
        assertThat(AdaptiveWalker.threadsFor(1_500_000, 2)).isEqualTo(12);
        assertThat(AdaptiveWalker.threadsFor(20_000_000, 2)).isEqualTo(16);
    }

    @Test
    void throughASlowFileSystemThatErrsOnSomeFolders() throws Exception {
        Path root = tree();
        Path mount = Files.createDirectories(tmp.resolve("mnt"));
        Process fuse = mountSlowFs(root, mount, "fail=folder-5");
        try {
            AdaptiveWalker adaptive = new AdaptiveWalker(d -> null);
            FolderWalker.Result parallel = adaptive.walk(mount, Set.of(), () -> false);
            FolderWalker.Result sequential = new FileTreeWalker().walk(mount, Set.of(), () -> false);

            assertThat(adaptive.lastThreads()).as("a 1 ms mount is walked in parallel").isGreaterThanOrEqualTo(8);
            assertSame(parallel, sequential);
            assertThat(parallel.skipped()).extracting(s -> s.folder().getFileName().toString())
                    .containsExactly("folder-5");
            assertThat(parallel.files()).hasSize(12 * 5 + 3 * 66 + 150 + 3 - (5 + 15)); // folder-5 unread
        } finally {
            unmount(mount, fuse);
        }
    }

    /** Mounts src/test/fuse/slowfs.py (1 ms a metadata call, no kernel caching), or skips the test. */
    static Process mountSlowFs(Path source, Path mount, String extra) throws Exception {
        Path script = Path.of("src/test/fuse/slowfs.py").toAbsolutePath();
        assumeTrue(Files.isReadable(Path.of("/dev/fuse")) && Files.isExecutable(Path.of("/usr/bin/python3"))
                && Files.exists(script), "FUSE or python3 not available");
        Process p = new ProcessBuilder("/usr/bin/python3", script.toString(), mount.toString(), "-f", "-o",
                "root=" + source + ",delay_ms=1,attr_timeout=0,entry_timeout=0,negative_timeout=0"
                        + (extra.isEmpty() ? "" : "," + extra))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!mounted(mount)) {
            if (!p.isAlive() || System.nanoTime() > deadline) {
                p.destroyForcibly();
                assumeTrue(false, "the FUSE pass-through did not mount (exit " + (p.isAlive() ? "-" : p.exitValue())
                        + ")");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20)); // another process: nothing to wait on
        }
        return p;
    }

    private static boolean mounted(Path mount) throws IOException {
        return Files.readAllLines(Path.of("/proc/self/mounts")).stream().map(l -> l.split(" "))
                .anyMatch(f -> f.length > 1 && f[1].equals(mount.toString()));
    }

    static void unmount(Path mount, Process fuse) throws Exception {
        new ProcessBuilder("fusermount3", "-u", mount.toString()).inheritIO().start().waitFor(20, TimeUnit.SECONDS);
        if (!fuse.waitFor(20, TimeUnit.SECONDS)) {
            fuse.destroyForcibly();
        }
    }

}
