package io.github.chargallery.gallery;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

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
            return cpuMs(Files.readString(Path.of("/proc/self/stat")));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * CPU time so far by kind of thread (the JIT compilers, GC, the FX thread, each pool; a pool's
     * numbered threads added up), in ms, most first, those under a tick left out; empty where /proc is
     * not there. Threads that have ended are not in it (their time is in {@link #cpuMs()}). Names are
     * the kernel's, cut to 15 characters ("JavaFX Applicat", "C1 CompilerThre").
     */
    static Map<String, Long> cpuMsByThread() {
        Map<String, Long> byKind = new HashMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path task : tasks) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    byKind.merge(name.replaceAll("[-#]?[0-9]+$", ""), cpuMs(stat), Long::sum);
                } catch (IOException | RuntimeException e) {
                    // the thread ended while being read
                }
            }
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        Map<String, Long> sorted = new LinkedHashMap<>();
        byKind.entrySet().stream().filter(e -> e.getValue() > 0).sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private static long cpuMs(String stat) {
        // fields after the command name, which is in parentheses and may hold spaces
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Math.round((Long.parseLong(f[11]) + Long.parseLong(f[12])) * TICK_MS);
    }
}
