package io.github.chargallery.cli.bench;

import io.github.chargallery.card.CardReader;
import io.github.chargallery.library.Library;
import io.github.chargallery.library.SyncListener;
import io.github.chargallery.library.SyncReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The bench's rescans, each run right after a bare stat walk of the same folders so that load from other
 * processes hits both alike (the ratio is taken per pair): no change on an open index (its file rows
 * cached), the first rescan on a freshly opened index (what a user gets at every start), and 1% changes.
 */
final class BenchRescans {
    private final Bench bench;

    BenchRescans(Bench bench) {
        this.bench = bench;
    }

    void run(Path dir, Path data, List<Path> files, List<Path> readable, Path base) throws Exception {
        Bench.CountingReader reader = new Bench.CountingReader();
        int repeat = bench.options.repeat();
        try (Library library = Library.open(data, reader)) {
            List<Integer> opens = new ArrayList<>();
            List<Double> walks = new ArrayList<>();
            List<Double> rescans = new ArrayList<>();
            for (int i = 0; i < repeat; i++) {
                walks.add(ms(() -> BenchFiles.statWalk(dir)));
                reader.opens.set(0);
                rescans.add(ms(() -> library.sync(SyncListener.NONE, () -> false)));
                opens.add(reader.opens.get());
            }
            bench.record(new Bench.Step("stat_walk_ms", walks));
            bench.record(new Bench.Step("rescan_nochange_ms", rescans));
            bench.figures.put("rescan_nochange_opened", opens);
            bench.figures.put("ratio_rescan_nochange_over_stat_walk_per_pair", ratios(rescans, walks));
        }
        firstAfterOpen(dir, data, repeat);
        changed(data, files, readable, base, repeat);
    }

    /** A new Library per run: no rows cached, as in a fresh process (the OS file cache is warm, as at a restart). */
    private void firstAfterOpen(Path dir, Path data, int repeat) throws Exception {
        List<Double> walks = new ArrayList<>();
        List<Double> opens = new ArrayList<>();
        List<Double> rescans = new ArrayList<>();
        List<Integer> read = new ArrayList<>();
        for (int i = 0; i < repeat; i++) {
            walks.add(ms(() -> BenchFiles.statWalk(dir)));
            Bench.CountingReader reader = new Bench.CountingReader();
            long t = System.nanoTime();
            try (Library library = Library.open(data, reader)) {
                opens.add((System.nanoTime() - t) / 1e6);
                rescans.add(ms(() -> library.sync(SyncListener.NONE, () -> false)));
            }
            read.add(reader.opens.get());
        }
        bench.record(new Bench.Step("stat_walk_before_first_ms", walks));
        bench.record(new Bench.Step("open_index_ms", opens));
        bench.record(new Bench.Step("rescan_first_after_open_ms", rescans));
        bench.figures.put("rescan_first_after_open_opened", read);
        bench.figures.put("ratio_rescan_first_after_open_over_stat_walk_per_pair", ratios(rescans, walks));
    }

    private void changed(Path data, List<Path> files, List<Path> readable, Path base, int repeat)
            throws Exception {
        Bench.CountingReader reader = new Bench.CountingReader();
        try (Library library = Library.open(data, reader)) {
            List<Path> editable = new ArrayList<>();
            for (Path p : readable) {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                if (n.endsWith(".png") || n.endsWith(".json")) {
                    editable.add(p);
                }
            }
            BenchChanges changes = new BenchChanges(files, editable, base.resolve("aside"));
            List<Double> runs = new ArrayList<>();
            List<Map<String, Integer>> counts = new ArrayList<>();
            for (int i = 0; i < repeat; i++) {
                changes.apply(CardReader.standard());
                Bench.PatchCounter patches = new Bench.PatchCounter();
                reader.opens.set(0);
                long t = System.nanoTime();
                SyncReport report = library.sync(patches, () -> false);
                runs.add((System.nanoTime() - t) / 1e6);
                Map<String, Integer> c = new LinkedHashMap<>();
                c.put("touched", changes.touched.size());
                c.put("edited", changes.edited.size());
                c.put("deleted", changes.deleted.size());
                c.put("added", changes.added.size());
                c.put("opened", reader.opens.get());
                c.put("racy", reader.opens.get() - changes.touched.size() - changes.edited.size()
                        - changes.added.size());
                c.put("patches", patches.patches);
                c.put("patch_added", patches.added);
                c.put("patch_updated", patches.updated);
                c.put("patch_removed", patches.removed);
                c.put("report_added", report.added());
                c.put("report_updated", report.updated());
                c.put("report_removed", report.removed());
                c.put("report_unchanged", report.unchanged());
                counts.add(c);
                changes.revert();
                library.sync(SyncListener.NONE, () -> false);
            }
            bench.record(new Bench.Step("rescan_changed_ms", runs));
            bench.figures.put("rescan_changed", counts.get(0));
            bench.figures.put("rescan_changed_opened_runs", counts.stream().map(m -> m.get("opened")).toList());
        }
    }

    interface Body {
        void run() throws Exception;
    }

    static double ms(Body body) throws Exception {
        long t = System.nanoTime();
        body.run();
        return (System.nanoTime() - t) / 1e6;
    }

    static List<Double> ratios(List<Double> over, List<Double> under) {
        List<Double> r = new ArrayList<>();
        for (int i = 0; i < over.size(); i++) {
            r.add(Bench.round(over.get(i) / under.get(i)));
        }
        return r;
    }
}
