package io.github.chargallery.gallery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * This process's peak resident memory and CPU time as Linux reports them (/proc/self), for
 * {@link Measure}: CPU time tells the work apart from the wait on a machine shared with other jobs.
 * -1 where /proc is not there.
 */
final class ProcStats {
    private static final double TICK_MS = 10; // USER_HZ is 100 on every Linux JavaFX runs on

    private ProcStats() {
    }

    /** VmHWM: the most resident memory the process has had, in MB. */
    static double peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return -1;
    }

    /** User plus system CPU time of every thread of the process since it started, in ms. */
    static long cpuMs() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // fields after the command name, which is in parentheses and may hold spaces
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Math.round((Long.parseLong(f[11]) + Long.parseLong(f[12])) * TICK_MS);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
