package io.github.chargallery.gallery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class ProcStatsTest {
    @Test
    void cpuByThreadAddsUpAPoolsNumberedThreadsUnderOneName() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "needs Linux /proc");
        CountDownLatch busy = new CountDownLatch(2);
        CountDownLatch stop = new CountDownLatch(1);
        for (int i = 1; i <= 2; i++) {
            Thread t = new Thread(() -> spin(busy, stop), "busy-pool-" + i);
            t.setDaemon(true);
            t.start();
        }
        busy.await();
        Map<String, Long> byThread = ProcStats.cpuMsByThread();
        stop.countDown();

        assertThat(byThread).containsKey("busy-pool").doesNotContainKeys("busy-pool-1", "busy-pool-2");
        // each spun for at least 30 ms of its own CPU: the two together at least 60, give or take a tick each
        assertThat(byThread.get("busy-pool")).isGreaterThanOrEqualTo(40);
        assertThat(java.util.List.copyOf(byThread.values())).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    private static void spin(CountDownLatch busy, CountDownLatch stop) {
        var bean = ManagementFactory.getThreadMXBean();
        long x = 0;
        while (bean.getCurrentThreadCpuTime() < 30_000_000L) {
            x += System.nanoTime() % 7;
        }
        busy.countDown();
        try {
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (x == 42) {
            System.out.print("");
        }
    }
}
