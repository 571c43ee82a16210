package io.github.chargallery.cli.bench;

import io.github.chargallery.library.CardSummary;
import io.github.chargallery.library.Library;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/** The search step of {@code bench}: a fixed mix of queries a user might type, timed over several passes. */
final class BenchSearch {
    private final Bench bench;

    BenchSearch(Bench bench) {
        this.bench = bench;
    }

    void run(Path data) throws Exception {
        try (Library library = Library.open(data)) {
            List<String> queries = queries(library.loadSummaries(), bench.options.seed());
            List<Double> first = new ArrayList<>();
            List<Double> later = new ArrayList<>();
            long hits = 0;
            Map<String, Double> slowest = new LinkedHashMap<>(); // per query, its slowest timed run
            // CPU time beside the wall time: on a shared machine a query's wall time is mostly the wait for a core.
            var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
            List<Double> laterCpu = new ArrayList<>();
            Map<String, Integer> hitsOf = new LinkedHashMap<>();
            for (int pass = 0; pass < Math.max(2, bench.options.repeat()); pass++) {
                for (String q : queries) {
                    long c = cpu.getCurrentThreadCpuTime(); // SQLite runs on this thread: its CPU is the query's
                    long t = System.nanoTime();
                    int n = library.search(q).size();
                    double ms = (System.nanoTime() - t) / 1e6;
                    (pass == 0 ? first : later).add(ms);
                    if (pass > 0) {
                        laterCpu.add((cpu.getCurrentThreadCpuTime() - c) / 1e6);
                    }
                    if (pass == 0) {
                        hits += n;
                        hitsOf.put(q, n);
                    } else {
                        slowest.merge(q, ms, Math::max);
                    }
                }
            }
            // Which queries make the p95: the five slowest, with their hit counts.
            bench.figures.put("search_slowest", slowest.entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(5)
                    .map(e -> String.format(Locale.ROOT, "%s (%d hits) %.1f ms", e.getKey(), hitsOf.get(e.getKey()),
                            e.getValue()))
                    .toList());
            bench.figures.put("search_queries", queries.size());
            bench.figures.put("search_avg_hits", hits / queries.size());
            bench.figures.put("search_first_pass_p50_ms", Bench.round(Bench.percentile(first, 50)));
            bench.figures.put("search_first_pass_p95_ms", Bench.round(Bench.percentile(first, 95)));
            bench.figures.put("search_p50_ms", Bench.round(Bench.percentile(later, 50)));
            bench.figures.put("search_p95_ms", Bench.round(Bench.percentile(later, 95)));
            bench.figures.put("search_max_ms", Bench.round(Collections.max(later)));
            bench.figures.put("search_cpu_p50_ms", Bench.round(Bench.percentile(laterCpu, 50)));
            bench.figures.put("search_cpu_p95_ms", Bench.round(Bench.percentile(laterCpu, 95)));
            bench.log.printf(Locale.ROOT, "  %-26s p50 %.2f  p95 %.2f  max %.2f ms (first pass p50 %.2f p95 %.2f)%n",
                    "search", Bench.percentile(later, 50), Bench.percentile(later, 95), Collections.max(later),
                    Bench.percentile(first, 50), Bench.percentile(first, 95));
        }
    }

    /** 100 queries a user might type: names, prefixes, creators, tags, two words, description words, odd input. */
    static List<String> queries(List<CardSummary> cards, long seed) {
        Random r = new Random(seed);
        List<String> q = new ArrayList<>();
        List<CardSummary> named = cards.stream().filter(c -> !c.isError()).toList();
        for (int i = 0; i < 25 && !named.isEmpty(); i++) {
            q.add(named.get(r.nextInt(named.size())).name().split(" ")[0]);
        }
        for (int i = 0; i < 15; i++) {
            String w = Words.pick(r, Words.FIRST);
            q.add(w.substring(0, Math.min(3, w.length())).toLowerCase(Locale.ROOT));
        }
        for (int i = 0; i < 15; i++) {
            q.add(Words.pick(r, Words.CREATORS));
        }
        for (int i = 0; i < 15; i++) {
            q.add(Words.pick(r, Words.TAGS));
        }
        for (int i = 0; i < 15; i++) {
            q.add(Words.pick(r, Words.FIRST) + " " + Words.pick(r, Words.TAGS));
        }
        String[] text = {"lighthouse", "tavern", "captain", "whispers", "ancient city", "stubborn", "dragon rider",
            "moon", "guild", "merchant"};
        for (int i = 0; i < 10; i++) {
            q.add(text[i]);
        }
        q.addAll(List.of("zoe", "renee", "\"", "sci-fi", "a:b"));
        return q.subList(0, Math.min(100, q.size()));
    }
}
