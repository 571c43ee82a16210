package io.github.chargallery.cli.bench;

import io.github.chargallery.library.Library;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Finds the smallest {@code -Xmx} with which a fresh JVM opens the index and loads every summary row:
 * the heap the gallery's first step needs, measured rather than guessed from a used-heap figure.
 */
final class BenchLoadProbe {
    private static final List<Integer> LADDER_MB = List.of(16, 24, 32, 48, 64, 96, 128, 192, 256, 384, 512, 1024);

    private BenchLoadProbe() {
    }

    /** Child process: load all rows from the index in args[0]; exit 0 when that fits in the heap. */
    public static void main(String[] args) {
        try (Library library = Library.open(Path.of(args[0]))) {
            System.out.println(library.loadSummaries().size());
        }
    }

    /** The smallest heap of the ladder that works, or -1 when none does (or no JVM can be started). */
    static int smallestHeap(Path dataDir, PrintStream log) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        for (int mb : LADDER_MB) {
            ProcessBuilder pb = new ProcessBuilder(java, "-Xmx" + mb + "m", "-cp", cp,
                    BenchLoadProbe.class.getName(), dataDir.toString());
            pb.redirectErrorStream(true);
            pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
            try {
                Process p = pb.start();
                if (!p.waitFor(120, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    continue;
                }
                if (p.exitValue() == 0) {
                    log.printf("  %-26s %d MB (smallest -Xmx of %s that loads every row)%n", "xmx_needed", mb,
                            LADDER_MB);
                    return mb;
                }
            } catch (IOException e) {
                log.println("  xmx probe could not start a JVM: " + e.getMessage());
                return -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }
        return -1;
    }
}
