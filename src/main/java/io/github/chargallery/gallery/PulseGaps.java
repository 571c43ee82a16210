package io.github.chargallery.gallery;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;

/**
 * The gaps between FX pulses over one phase of {@link Measure} (a long gap is a frozen window), and
 * the FX thread's own CPU time in each: a gap far longer than its CPU time waited for a core or for
 * the renderer, one as long did too much work on the FX thread. FX thread only.
 */
final class PulseGaps {
    private long[] gaps = new long[4096];
    private long[] cpu = new long[4096];
    private int count;
    private long lastPulse;
    private long lastCpu;

    /**
     * Called on every pulse (an AnimationTimer's time); records the gap since the previous pulse when
     * {@code inPhase}, so the gap that spans the start of the phase counts too.
     */
    void pulse(long now, boolean inPhase) {
        long c = fxCpu();
        if (inPhase && lastPulse != 0) {
            if (count == gaps.length) {
                gaps = Arrays.copyOf(gaps, count * 2);
                cpu = Arrays.copyOf(cpu, count * 2);
            }
            gaps[count] = now - lastPulse;
            cpu[count] = c - lastCpu;
            count++;
        }
        lastPulse = now;
        lastCpu = c;
    }

    int count() {
        return count;
    }

    /** JSON fields "PREFIXpulse_gap_max_ms", its p99 and the FX CPU of the longest gap and of the costliest pulse. */
    String json(String prefix) {
        long[] g = Arrays.copyOf(gaps, count);
        Arrays.sort(g);
        long[] c = Arrays.copyOf(cpu, count);
        Arrays.sort(c);
        int longest = 0;
        for (int i = 1; i < count; i++) {
            if (gaps[i] > gaps[longest]) {
                longest = i;
            }
        }
        return String.format(Locale.ROOT, """
                  "%1$spulse_gap_max_ms": %2$.1f,
                  "%1$spulse_gap_p99_ms": %3$.1f,
                  "%1$sfx_cpu_of_longest_gap_ms": %4$.1f,
                  "%1$sfx_cpu_per_pulse_max_ms": %5$.1f,
                  "%1$sfx_cpu_per_pulse_p99_ms": %6$.1f,
                """, prefix, top(g) / 1e6, p99(g) / 1e6, count == 0 ? 0 : cpu[longest] / 1e6, top(c) / 1e6, p99(c) / 1e6);
    }

    private static long top(long[] sorted) {
        return sorted.length == 0 ? 0 : sorted[sorted.length - 1];
    }

    private static long p99(long[] sorted) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)];
    }

    /** CPU time of the calling thread in nanoseconds. */
    static long fxCpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }
}
