package io.github.chargallery.gallery;

import io.github.chargallery.gallery.model.GalleryModel;
import io.github.chargallery.library.SyncReport;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The {@code --measure-out} mode: records launch to window shown, to grid painted with the index's
 * rows, to first sync finished, and the gaps between FX pulses while that sync runs (an
 * AnimationTimer sees every pulse; a long gap is a frozen UI). Writes JSON and quits.
 */
final class Measure {
    private final Path out;
    private final long launch = ManagementFactory.getRuntimeMXBean().getStartTime();
    private long shown = -1;
    private long gridPainted = -1;
    private int gridRows = -1;
    private long syncStart = -1;
    private long[] gaps = new long[4096];
    private int gapCount;
    private long lastPulse;
    private boolean loadedSeen;
    private long fxCpuAtSyncStart = -1;
    private SyncReport pendingReport;
    private Consumer<SyncReport> finish;

    Measure(Path out) {
        this.out = out;
    }

    /** The renderer in use ("es2", "sw", "d3d"): software rendering is far slower than a GPU. */
    private static String pipeline() {
        try {
            Object p = Class.forName("com.sun.prism.GraphicsPipeline").getMethod("getPipeline").invoke(null);
            return p == null ? "unknown" : p.getClass().getSimpleName();
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return "unknown";
        }
    }

    /** CPU time of the FX thread (call on it): work done there, whatever else the machine runs. */
    private static long fxCpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    void attach(Stage stage, GalleryModel model) {
        stage.setOnShown(e -> shown = System.currentTimeMillis());
        AnimationTimer pulses = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (gridPainted < 0 && loadedSeen) {
                    // a pulse later than the one that applied the rows: those rows have been rendered
                    gridPainted = System.currentTimeMillis();
                    gridRows = model.cards().size();
                    if (pendingReport != null) {
                        finish.accept(pendingReport);
                    }
                }
                loadedSeen = model.loadedProperty().get();
                if (syncStart >= 0 && lastPulse != 0) {
                    if (gapCount == gaps.length) {
                        gaps = Arrays.copyOf(gaps, gaps.length * 2);
                    }
                    gaps[gapCount++] = now - lastPulse;
                }
                lastPulse = now;
            }
        };
        pulses.start();
        if (model.syncingProperty().get()) {
            syncStart = System.currentTimeMillis();
            fxCpuAtSyncStart = fxCpu();
        }
        model.syncingProperty().addListener((o, a, on) -> {
            if (on && syncStart < 0) {
                syncStart = System.currentTimeMillis();
                fxCpuAtSyncStart = fxCpu();
            }
        });
        model.lastReportProperty().addListener((o, a, report) -> {
            if (gridPainted < 0) {
                // a sync quicker than the grid's first paint: finish once the grid is painted
                pendingReport = report;
                return;
            }
            finish.accept(report);
        });
        finish = report -> {
            pulses.stop();
            long done = System.currentTimeMillis();
            long fxCpuMs = fxCpuAtSyncStart < 0 ? -1 : (fxCpu() - fxCpuAtSyncStart) / 1_000_000;
            long[] g = Arrays.copyOf(gaps, gapCount);
            Arrays.sort(g);
            double max = g.length == 0 ? 0 : g[g.length - 1] / 1e6;
            double p99 = g.length == 0 ? 0 : g[(int) Math.min(g.length - 1, Math.ceil(g.length * 0.99) - 1)] / 1e6;
            String json = String.format(Locale.ROOT, """
                    {
                      "cards_after_sync": %d,
                      "grid_rows_from_index": %d,
                      "launch_to_window_shown_ms": %d,
                      "launch_to_grid_painted_ms": %d,
                      "window_shown_to_grid_painted_ms": %d,
                      "launch_to_sync_finished_ms": %d,
                      "sync_ms": %d,
                      "sync_added": %d,
                      "sync_updated": %d,
                      "sync_removed": %d,
                      "sync_errors": %d,
                      "pulses_during_sync": %d,
                      "pulse_gap_max_ms": %.1f,
                      "pulse_gap_p99_ms": %.1f,
                      "fx_thread_cpu_ms_during_sync": %d,
                      "system_load_average": %.2f,
                      "cores": %d,
                      "prism_pipeline": "%s"
                    }
                    """, model.allCards().size(), gridRows, shown - launch, gridPainted - launch, gridPainted - shown,
                    done - launch, report == null ? -1 : report.millis(), report == null ? -1 : report.added(),
                    report == null ? -1 : report.updated(), report == null ? -1 : report.removed(),
                    report == null ? -1 : report.errors(), g.length, max, p99, fxCpuMs,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors(), pipeline());
            // the file is written off the FX thread, like every other file access
            Thread writer = new Thread(() -> {
                try {
                    Files.writeString(out, json);
                } catch (IOException e) {
                    System.err.println("cannot write " + out + ": " + e.getMessage());
                }
                System.out.print(json);
                Platform.exit();
            }, "measure-out");
            writer.start();
        };
    }
}
