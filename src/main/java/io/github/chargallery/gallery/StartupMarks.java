package io.github.chargallery.gallery;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Where a start-up's time goes, for {@code --measure-out}: the wall time since the JVM started and the
 * process's CPU time at each step (main, init, the window built, shown, the rows applied, the grid
 * painted). Cheap enough to record always; only {@link Measure} reads it.
 */
final class StartupMarks {
    private record Mark(String name, long wallMs, long cpuMs) {
    }

    private static final long JVM_START = ManagementFactory.getRuntimeMXBean().getStartTime();
    private static final List<Mark> MARKS = new ArrayList<>();

    private StartupMarks() {
    }

    static synchronized void mark(String name) {
        MARKS.add(new Mark(name, System.currentTimeMillis() - JVM_START, ProcStats.cpuMs()));
    }

    /** JSON: {"main": {"ms": 210, "cpu_ms": 390}, ...} in the order the steps happened. */
    static synchronized String json() {
        return MARKS.stream()
                .map(m -> String.format(Locale.ROOT, "\"%s\": {\"ms\": %d, \"cpu_ms\": %d}", m.name(), m.wallMs(), m.cpuMs()))
                .collect(Collectors.joining(", ", "{", "}"));
    }
}
