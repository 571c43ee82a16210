package io.github.chargallery.gallery;

import io.github.chargallery.gallery.model.GalleryModel;
import io.github.chargallery.library.SyncReport;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;

/**
 * The {@code --measure-out} mode: records launch to window shown, to grid painted with the index's
 * rows, to first sync finished, and the gaps between FX pulses while that sync runs (an
 * AnimationTimer sees every pulse; a long gap is a frozen UI). With {@code --measure-scroll} it then
 * scrolls the grid from top to bottom, half a screen per pulse, while the thumbnails load, and
 * records those pulses too. Writes JSON and quits.
 */
final class Measure {
    private final Path out;
    private final boolean scroll;
    private final long launch = ManagementFactory.getRuntimeMXBean().getStartTime();
    private long shown = -1;
    private long gridPainted = -1;
    private long cpuAtGridPainted = -1;
    private java.util.Map<String, Long> cpuByThreadAtGridPainted = java.util.Map.of();
    private int gridRows = -1;
    private long syncStart = -1;
    private final PulseGaps syncGaps = new PulseGaps();
    private final PulseGaps scrollGaps = new PulseGaps();
    private int pulsesWithRows;
    private long fxCpuAtSyncStart = -1;
    private SyncReport pendingReport;
    private Consumer<SyncReport> finish;
    private SyncReport report;
    private long syncDone;
    private long fxCpuMs = -1;
    private VirtualFlow<?> scrolling;
    private long scrollStart = -1;
    private long scrollEnd = -1;
    private int scrollRows;
    /** Formatted on the writer thread: formatting on the FX thread would lengthen the pulse it measures. */
    private java.util.function.Supplier<String> syncFigures;

    Measure(Path out, boolean scroll) {
        this.out = out;
        this.scroll = scroll;
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

    void attach(Stage stage, GalleryModel model) {
        stage.setOnShown(e -> {
            shown = System.currentTimeMillis();
            StartupMarks.mark("window_shown");
        });
        model.loadedProperty().addListener((o, a, b) -> StartupMarks.mark("rows_applied"));
        AnimationTimer pulses = new AnimationTimer() {
            @Override
            public void handle(long now) {
                // first: this pulse may be the one that ends the sync phase
                syncGaps.pulse(now, scrolling == null && syncStart >= 0 && report == null);
                if (gridPainted < 0 && pulsesWithRows >= 2) {
                    // The frame of the first pulse with the rows is painted on the render thread while the
                    // next pulse runs; that pulse waits for the painting to end before its own frame. So the
                    // grid is on screen by the pulse after it (this one), not at the next one's start.
                    gridPainted = System.currentTimeMillis();
                    cpuAtGridPainted = ProcStats.cpuMs(); // /proc: kernel memory, no disk
                    cpuByThreadAtGridPainted = ProcStats.cpuMsByThread();
                    gridRows = model.cards().size();
                    StartupMarks.mark("grid_painted");
                    if (pendingReport != null) {
                        finish.accept(pendingReport);
                    }
                }
                if (model.loadedProperty().get()) {
                    pulsesWithRows++;
                }
                if (scrolling != null) {
                    scrollStep(now, this);
                }
            }
        };
        pulses.start();
        if (model.syncingProperty().get()) {
            syncStart = System.currentTimeMillis();
            fxCpuAtSyncStart = PulseGaps.fxCpu();
        }
        model.syncingProperty().addListener((o, a, on) -> {
            if (on && syncStart < 0) {
                syncStart = System.currentTimeMillis();
                fxCpuAtSyncStart = PulseGaps.fxCpu();
            }
        });
        model.lastReportProperty().addListener((o, a, r) -> {
            if (gridPainted < 0) {
                // a sync quicker than the grid's first paint: finish once the grid is painted
                pendingReport = r;
                return;
            }
            finish.accept(r);
        });
        finish = r -> {
            if (report != null) {
                return;
            }
            report = r;
            syncDone = System.currentTimeMillis();
            fxCpuMs = fxCpuAtSyncStart < 0 ? -1 : (PulseGaps.fxCpu() - fxCpuAtSyncStart) / 1_000_000;
            syncFigures = syncFigures(model);
            if (scroll && stage.getScene().lookup(".card-grid .virtual-flow") instanceof VirtualFlow<?> flow) {
                scrolling = flow;
                flow.setPosition(0);
                scrollStart = System.currentTimeMillis();
            } else {
                pulses.stop();
                write(syncFigures);
            }
        };
    }

    /** One pulse of the scroll: half a screen further down, until the last row is on screen. */
    private void scrollStep(long now, AnimationTimer pulses) {
        scrollGaps.pulse(now, true);
        VirtualFlow<?> flow = scrolling;
        var last = flow.getLastVisibleCell();
        if (flow.getPosition() >= 1 || last != null && last.getIndex() >= flow.getCellCount() - 1) {
            scrollEnd = System.currentTimeMillis();
            scrollRows = flow.getCellCount();
            scrolling = null;
            pulses.stop();
            write(syncFigures);
            return;
        }
        flow.scrollPixels(flow.getHeight() / 2);
    }

    /** The start-up and sync part, taken when the sync ends (the scroll, if any, comes after it). */
    private java.util.function.Supplier<String> syncFigures(GalleryModel model) {
        SyncReport r = report;
        int cards = model.allCards().size();
        String startup = StartupMarks.json();
        String byThread = cpuByThreadAtGridPainted.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "\"%s\": %d", e.getKey(), e.getValue()))
                .collect(java.util.stream.Collectors.joining(", ", "{", "}"));
        return () -> String.format(Locale.ROOT, """
                  "cards_after_sync": %d,
                  "grid_rows_from_index": %d,
                  "launch_to_window_shown_ms": %d,
                  "launch_to_grid_painted_ms": %d,
                  "window_shown_to_grid_painted_ms": %d,
                  "process_cpu_ms_to_grid_painted": %d,
                  "launch_to_sync_finished_ms": %d,
                  "sync_ms": %d,
                  "sync_added": %d,
                  "sync_updated": %d,
                  "sync_removed": %d,
                  "sync_errors": %d,
                  "pulses_during_sync": %d,
                %s  "fx_thread_cpu_ms_during_sync": %d,
                  "startup": %s,
                  "cpu_ms_by_thread_to_grid_painted": %s,
                """, cards, gridRows, shown - launch, gridPainted - launch, gridPainted - shown,
                cpuAtGridPainted, syncDone - launch, r == null ? -1 : r.millis(), r == null ? -1 : r.added(),
                r == null ? -1 : r.updated(), r == null ? -1 : r.removed(), r == null ? -1 : r.errors(),
                syncGaps.count(), syncGaps.json(""), fxCpuMs, startup, byThread);
    }

    private void write(java.util.function.Supplier<String> figures) {
        writeAndExit(out, () -> json(figures.get()));
    }

    /**
     * Writes the figures to the file and standard output, then quits: on a thread of its own, so neither the
     * formatting nor the file lengthens a pulse being measured.
     */
    static void writeAndExit(Path out, java.util.function.Supplier<String> json) {
        new Thread(() -> {
            String text = json.get();
            try {
                Files.writeString(out, text);
            } catch (IOException e) {
                System.err.println("cannot write " + out + ": " + e.getMessage());
            }
            System.out.print(text);
            Platform.exit();
        }, "measure-out").start();
    }

    private String json(String figures) {
        StringBuilder json = new StringBuilder("{\n").append(figures);
        if (scrollStart >= 0) {
            json.append(String.format(Locale.ROOT, """
                      "scroll_ms": %d,
                      "scroll_rows": %d,
                      "scroll_pulses": %d,
                    %s""", scrollEnd - scrollStart, scrollRows, scrollGaps.count(), scrollGaps.json("scroll_")));
        }
        json.append(String.format(Locale.ROOT, """
                  "peak_rss_mb": %.1f,
                  "system_load_average": %.2f,
                  "cores": %d,
                  "prism_pipeline": "%s"
                }
                """, ProcStats.peakRssMb(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors(), pipeline()));
        return json.toString();
    }
}
