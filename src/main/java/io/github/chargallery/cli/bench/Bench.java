package io.github.chargallery.cli.bench;

import io.github.chargallery.card.CardFile;
import io.github.chargallery.card.CardFormatException;
import io.github.chargallery.card.CardReader;
import io.github.chargallery.library.CardSummary;
import io.github.chargallery.library.Library;
import io.github.chargallery.library.Patch;
import io.github.chargallery.library.SyncListener;
import io.github.chargallery.library.SyncReport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The measurements of {@code bench}, in one run on the same files. Each timed step runs {@code repeat}
 * times; the first run is kept apart (JIT warm-up shows there), median and min are over all runs.
 * Counters (files opened, patch counts) are recorded per step so tests can check them.
 */
public final class Bench {
    /**
     * @param probeHeap start child JVMs to find the smallest -Xmx that loads every row
     * @param slowDir   when set, only the rescans of this library on a slow mount are measured
     * @param only      the parts to run ({@link #PARTS}); empty for all. The index is made once for the
     *                  parts that need one, timed ({@code repeat} runs) only when {@code index} is asked for
     */
    public record Options(int cards, Path dir, int avgKb, int repeat, long seed, boolean probeHeap, Path slowDir,
                          java.util.Set<String> only) {
        public Options(int cards, Path dir, int avgKb, int repeat, long seed, boolean probeHeap) {
            this(cards, dir, avgKb, repeat, seed, probeHeap, null, java.util.Set.of());
        }

        public Options {
            only = java.util.Set.copyOf(only);
        }

        boolean runs(String part) {
            return only.isEmpty() || only.contains(part);
        }
    }

    /** What {@code --only} can name, in the order they run. */
    public static final List<String> PARTS = List.of("parse", "index", "load", "rescans", "search", "filter", "duplicates",
            "thumbnails");

    /** One timed step: every run in ms, in order. */
    public record Step(String name, List<Double> runs) {
        public double first() {
            return runs.get(0);
        }

        public double median() {
            return medianOf(runs);
        }

        static double medianOf(List<Double> values) {
            List<Double> s = new ArrayList<>(values);
            Collections.sort(s);
            int n = s.size();
            return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
        }

        public double min() {
            return Collections.min(runs);
        }
    }

    // read by BenchCommand, which prints and writes them
    public final Options options;
    final PrintStream log;
    public final Map<String, Step> steps = new LinkedHashMap<>();
    /** Counters and single figures (files, heap, opens, patch counts), in report order. */
    public final Map<String, Object> figures = new LinkedHashMap<>();

    public Bench(Options options, PrintStream log) {
        this.options = options;
        this.log = log;
    }

    /** The standard reader, counting opens. */
    static final class CountingReader implements CardReader {
        final AtomicInteger opens = new AtomicInteger();
        private final CardReader delegate = CardReader.standard();

        @Override
        public CardFile read(Path file) throws CardFormatException {
            opens.incrementAndGet();
            return delegate.read(file);
        }
    }

    /** Counts the summaries published, per kind. */
    static final class PatchCounter implements SyncListener {
        int patches;
        int added;
        int updated;
        int removed;

        @Override
        public void onPatch(Patch patch) {
            patches++;
            added += patch.added().size();
            updated += patch.updated().size();
            removed += patch.removed().size();
        }
    }

    private interface Timed {
        void run() throws Exception;
    }

    private Step time(String name, int times, Timed body) throws Exception {
        List<Double> runs = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            long t = System.nanoTime();
            body.run();
            runs.add((System.nanoTime() - t) / 1e6);
        }
        return record(new Step(name, runs));
    }

    Step record(Step s) {
        steps.put(s.name(), s);
        log.printf(Locale.ROOT, "  %-26s first %9.1f  median %9.1f  min %9.1f ms%n", s.name(), s.first(), s.median(),
                s.min());
        return s;
    }

    public void run() throws Exception {
        if (options.slowDir() != null) {
            new BenchSlowMount(this).run(options.slowDir().toAbsolutePath().normalize());
            return;
        }
        Path dir = options.dir().toAbsolutePath().normalize();
        prepareLibrary(dir);
        List<Path> files = BenchFiles.cardFiles(dir);
        figures.put("files", files.size());
        figures.put("library_mb", round(files.stream().mapToLong(BenchFiles::size).sum() / 1e6));
        int threads = Library.defaultThreads();
        figures.put("pool_threads", threads);
        int r = options.repeat();

        BenchFiles.statWalk(dir); // warms the OS's file cache for every step alike
        List<Path> readable = new ArrayList<>();
        if (options.runs("parse") || options.runs("rescans")) { // the rescans compare with what parses
            time("parse_all_1thread_ms", r, () -> {
                readable.clear();
                readable.addAll(BenchFiles.parseAll(files, 1));
            });
            time("parse_all_pool_ms", r, () -> BenchFiles.parseAll(files, threads));
            figures.put("parse_readable", readable.size());
        }

        Path base = Files.createTempDirectory("chargallery-bench-");
        Path data = base.resolve("index");
        try {
            if (PARTS.stream().skip(1).filter(p -> !p.equals("thumbnails")).anyMatch(options::runs)) {
                indexCold(dir, base, files.size(), options.runs("index") ? r : 1);
            }
            if (options.runs("load")) {
                loadAndHeap(data);
            }
            if (options.runs("rescans")) {
                new BenchRescans(this).run(dir, data, files, readable, base);
            }
            if (options.runs("search")) {
                new BenchSearch(this).run(data);
            }
            if (options.runs("filter")) {
                new BenchFilters(this).run(data);
            }
            if (options.runs("duplicates")) {
                duplicates(data);
            }
            if (Files.exists(data)) {
                figures.put("index_mb", round(Files.size(data.resolve(Library.DATABASE_FILE)) / 1e6));
                figures.put("index_kb_per_card", round(Files.size(data.resolve(Library.DATABASE_FILE)) / 1e3
                        / Math.max(1, files.size())));
            }
            if (options.runs("thumbnails")) {
                double[] thumbs = BenchThumbnails.rate(files);
                figures.put("thumbnails_made", (int) thumbs[0]);
                figures.put("thumbnails_per_s", round(thumbs[0] / Math.max(1e-9, thumbs[1])));
                log.printf(Locale.ROOT, "  %-26s %.1f a second, one thread (%d made)%n", "thumbnails",
                        thumbs[0] / thumbs[1], (int) thumbs[0]);
            }
            if (options.probeHeap() && options.runs("load")) {
                figures.put("xmx_needed_mb", BenchLoadProbe.smallestHeap(data, log));
            }
        } finally {
            BenchFiles.deleteTree(base);
        }
        if (options.only().isEmpty()) {
            ratios();
        }
    }

    private void prepareLibrary(Path dir) throws IOException {
        boolean empty = !Files.isDirectory(dir);
        if (!empty) {
            try (Stream<Path> s = Files.list(dir)) {
                empty = s.findAny().isEmpty();
            }
        }
        if (empty) {
            log.printf("generating %d cards in %s ...%n", options.cards(), dir);
            long t = System.nanoTime();
            LibraryGenerator.generate(dir, options.cards(), options.seed(), options.avgKb());
            figures.put("generate_ms", round((System.nanoTime() - t) / 1e6));
            figures.put("library", "generated");
        } else {
            log.printf("reusing the library in %s%n", dir);
            figures.put("library", "reused");
        }
    }

    private void indexCold(Path dir, Path base, int files, int times) throws Exception {
        AtomicInteger n = new AtomicInteger();
        SyncReport[] last = new SyncReport[1];
        // CPU time beside the wall time: on a shared machine the wall time is mostly the wait for a core.
        // The sync writes on this thread, so its CPU is the writer's; the process's includes the parse pool.
        var threadCpu = java.lang.management.ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        List<Double> writerCpu = new ArrayList<>();
        List<Double> processCpu = new ArrayList<>();
        Step s = time("index_cold_ms", times, () -> {
            Path d = base.resolve("cold-" + n.getAndIncrement());
            long t = threadCpu.getCurrentThreadCpuTime();
            long p = os.getProcessCpuTime();
            try (Library library = Library.open(d)) {
                library.addRoot(dir);
                last[0] = library.sync(SyncListener.NONE, () -> false);
            }
            writerCpu.add((threadCpu.getCurrentThreadCpuTime() - t) / 1e6);
            processCpu.add((os.getProcessCpuTime() - p) / 1e6);
        });
        figures.put("index_cold_writer_cpu_ms", writerCpu.stream().map(Bench::round).toList());
        figures.put("index_cold_process_cpu_ms", processCpu.stream().map(Bench::round).toList());
        // Keep the last cold index (made long after the files were written: no racy files) for what follows.
        for (int i = 0; i < n.get() - 1; i++) {
            BenchFiles.deleteTree(base.resolve("cold-" + i));
        }
        Files.move(base.resolve("cold-" + (n.get() - 1)), base.resolve("index"));
        figures.put("index_cold_added", last[0].added());
        figures.put("index_cold_errors", last[0].errors());
        figures.put("index_cards_per_s_median", round(files / (s.median() / 1000)));
        figures.put("index_cards_per_s_best", round(files / (s.min() / 1000)));
    }

    private void loadAndHeap(Path data) throws Exception {
        int[] rows = new int[1];
        time("open_and_load_ms", options.repeat(), () -> {
            try (Library library = Library.open(data)) {
                rows[0] = library.loadSummaries().size();
            }
        });
        try (Library library = Library.open(data)) {
            time("load_from_index_ms", options.repeat(), () -> rows[0] = library.loadSummaries().size());
            figures.put("rows", rows[0]);
            long before = usedAfterGc();
            List<CardSummary> held = library.loadSummaries();
            long after = usedAfterGc();
            figures.put("heap_used_after_load_mb", round(after / 1e6));
            figures.put("heap_of_rows_mb", round((after - before) / 1e6));
            figures.put("heap_rows_held", held.size());
        }
    }

    /** Picture hashes made once (as the duplicates command does), then all duplicate groups found from the index. */
    private void duplicates(Path data) throws Exception {
        try (Library library = Library.open(data)) {
            io.github.chargallery.library.Duplicates d = library.duplicates();
            long t = System.nanoTime();
            figures.put("picture_hashes_made", d.hashMissingPictures(Library.defaultThreads()));
            figures.put("picture_hashes_ms", round((System.nanoTime() - t) / 1e6));
            int[] groups = new int[1];
            List<Double> cpu = new ArrayList<>(); // this thread's CPU time: what the step costs on a busy machine
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            time("duplicates_ms", options.repeat(), () -> {
                long c = threads.getCurrentThreadCpuTime();
                groups[0] = d.groups().size();
                cpu.add((threads.getCurrentThreadCpuTime() - c) / 1e6);
            });
            figures.put("duplicates_cpu_ms_median", round(Step.medianOf(cpu)));
            figures.put("duplicate_groups", groups[0]);
        }
    }

    @SuppressWarnings("unchecked")
    private void ratios() {
        double walk = steps.get("stat_walk_ms").median();
        double rescan = steps.get("rescan_nochange_ms").median();
        double parse = steps.get("parse_all_1thread_ms").median();
        double parsePool = steps.get("parse_all_pool_ms").median();
        double load = steps.get("load_from_index_ms").median();
        double openLoad = steps.get("open_and_load_ms").median();
        figures.put("ratio_rescan_nochange_over_stat_walk", round(rescan / walk));
        figures.put("ratio_rescan_nochange_over_stat_walk_median_of_pairs",
                round(Step.medianOf((List<Double>) figures.get("ratio_rescan_nochange_over_stat_walk_per_pair"))));
        figures.put("ratio_rescan_first_after_open_over_stat_walk", round(
                steps.get("rescan_first_after_open_ms").median() / steps.get("stat_walk_before_first_ms").median()));
        figures.put("ratio_rescan_first_after_open_over_stat_walk_median_of_pairs", round(Step.medianOf(
                (List<Double>) figures.get("ratio_rescan_first_after_open_over_stat_walk_per_pair"))));
        figures.put("ratio_parse_all_1thread_over_load_from_index", round(parse / load));
        figures.put("ratio_parse_all_pool_over_open_and_load", round(parsePool / openLoad));
    }

    private static long usedAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    static double percentile(List<Double> values, int p) {
        List<Double> s = new ArrayList<>(values);
        Collections.sort(s);
        int i = (int) Math.ceil(p / 100.0 * s.size()) - 1;
        return s.get(Math.max(0, Math.min(s.size() - 1, i)));
    }

    public static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
