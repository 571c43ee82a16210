package io.github.chargallery.cli.bench;

import io.github.chargallery.card.CardReader;
import io.github.chargallery.library.FolderWalker;
import io.github.chargallery.library.Library;
import io.github.chargallery.library.SyncListener;
import io.github.chargallery.library.SyncReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code bench --slow-dir DIR}: rescans of a library on a slow mount (a share, or a latency-adding FUSE
 * pass-through) against a one-thread stat walk of the same mount, taken in turn: the standard (adaptive)
 * walk, and the one-thread walk it replaced. The library is indexed once, through the mount.
 */
final class BenchSlowMount {
    private final Bench bench;

    BenchSlowMount(Bench bench) {
        this.bench = bench;
    }

    void run(Path dir) throws Exception {
        Path base = Files.createTempDirectory("chargallery-bench-slow-");
        Path data = base.resolve("index");
        try {
            SyncReport[] first = new SyncReport[1];
            bench.figures.put("slow_index_ms", Bench.round(BenchRescans.ms(() -> {
                try (Library library = Library.open(data)) {
                    library.addRoot(dir);
                    first[0] = library.sync(SyncListener.NONE, () -> false);
                }
            })));
            bench.figures.put("slow_files", first[0].added() + first[0].errors());
            int repeat = bench.options.repeat();
            List<Double> walks = new ArrayList<>();
            List<Double> adaptive = new ArrayList<>();
            List<Double> sequential = new ArrayList<>();
            List<Double> firstAfterOpen = new ArrayList<>();
            try (Library fast = Library.open(data);
                 Library slow = Library.open(data, CardReader.standard(), FolderWalker.sequential(),
                         Library.defaultThreads())) {
                for (int i = 0; i < repeat; i++) {
                    walks.add(BenchRescans.ms(() -> BenchFiles.statWalk(dir)));
                    adaptive.add(BenchRescans.ms(() -> fast.sync(SyncListener.NONE, () -> false)));
                    sequential.add(BenchRescans.ms(() -> slow.sync(SyncListener.NONE, () -> false)));
                    firstAfterOpen.add(BenchRescans.ms(() -> {
                        try (Library fresh = Library.open(data)) {
                            fresh.sync(SyncListener.NONE, () -> false);
                        }
                    }));
                }
            }
            bench.record(new Bench.Step("slow_stat_walk_1thread_ms", walks));
            bench.record(new Bench.Step("slow_rescan_nochange_ms", adaptive));
            bench.record(new Bench.Step("slow_rescan_nochange_1thread_walk_ms", sequential));
            bench.record(new Bench.Step("slow_rescan_first_after_open_ms", firstAfterOpen));
            bench.figures.put("slow_ratio_rescan_over_stat_walk_per_pair", BenchRescans.ratios(adaptive, walks));
            bench.figures.put("slow_ratio_rescan_over_stat_walk", Bench.round(
                    Bench.Step.medianOf(adaptive) / Bench.Step.medianOf(walks)));
            bench.figures.put("slow_ratio_first_after_open_over_stat_walk", Bench.round(
                    Bench.Step.medianOf(firstAfterOpen) / Bench.Step.medianOf(walks)));
        } finally {
            BenchFiles.deleteTree(base);
        }
    }
}
