package io.github.chargallery.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real small file system for tests that need one (a full disk, a drive pulled out, a read-only folder):
 * a tmpfs mounted at a folder. Mounting needs root and a permitted {@code mount}; without them the test is
 * skipped, not failed. Close it in {@code @AfterEach}.
 */
public final class Tmpfs implements AutoCloseable {
    private final Path point;
    private boolean mounted;

    private Tmpfs(Path point) {
        this.point = point;
    }

    /** Mounts a tmpfs of {@code size} (as mount takes it: "3m") at the folder, or skips the test. */
    public static Tmpfs mountOrSkip(Path point, String size) {
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "needs root to mount a tmpfs");
        Tmpfs fs = new Tmpfs(point);
        fs.mount(size);
        Assumptions.assumeTrue(fs.mounted, "mount -t tmpfs is not permitted here");
        return fs;
    }

    /** Mounts it again (after {@link #pullOut()}), as the same drive plugged in; false when mount failed. */
    public boolean mount(String size) {
        mounted = run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", point.toString());
        return mounted;
    }

    /** Makes it read-only; false when remount failed. */
    public boolean makeReadOnly() {
        return run("mount", "-o", "remount,ro", point.toString());
    }

    /** Unmounts lazily, as a pulled drive or a dropped share leaves it: open files fail from now on. */
    public boolean pullOut() {
        if (mounted && run("umount", "-l", point.toString())) {
            mounted = false;
        }
        return !mounted;
    }

    public boolean mounted() {
        return mounted;
    }

    @Override
    public void close() {
        pullOut();
    }

    private static boolean run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
