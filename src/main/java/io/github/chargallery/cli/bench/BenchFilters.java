package io.github.chargallery.cli.bench;

import io.github.chargallery.card.Spec;
import io.github.chargallery.library.CardMatcher;
import io.github.chargallery.library.CardQuery;
import io.github.chargallery.library.CardSummary;
import io.github.chargallery.library.Collections;
import io.github.chargallery.library.Library;
import io.github.chargallery.library.SillyTavernState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * The window's and {@code list}'s filter over the loaded rows: varied combinations of every filter
 * ({@code filter_p95_ms}), each a full pass over all rows as the grid's filtered list makes. A search's
 * hits come from the index first (timed apart as {@code search_p95_ms}); here they are given.
 */
final class BenchFilters {
    private final Bench bench;

    BenchFilters(Bench bench) {
        this.bench = bench;
    }

    void run(Path data) {
        try (Library library = Library.open(data)) {
            List<CardSummary> rows = library.loadSummaries();
            Random r = new Random(bench.options.seed());
            Collections collections = library.collections();
            long exists = collections.list().stream().filter(c -> c.name().equals("bench picks")).count();
            if (exists == 0) {
                collections.create("bench picks");
                List<Long> some = new ArrayList<>();
                for (CardSummary c : rows) {
                    if (r.nextInt(10) == 0) {
                        some.add(c.id());
                    }
                }
                collections.add("bench picks", some);
                rows = library.loadSummaries();
            }
            long picks = collections.get("bench picks").id();
            List<CardMatcher> matchers = combinations(library, rows, picks, r);
            List<Double> times = new ArrayList<>();
            long shown = 0;
            for (int pass = 0; pass < Math.max(2, bench.options.repeat()); pass++) {
                for (CardMatcher m : matchers) {
                    long t = System.nanoTime();
                    int n = 0;
                    for (int i = 0, size = rows.size(); i < size; i++) {
                        if (m.test(rows.get(i))) {
                            n++;
                        }
                    }
                    double ms = (System.nanoTime() - t) / 1e6;
                    if (pass > 0) { // the first pass warms the JIT, as a window's first minute does
                        times.add(ms);
                        shown += n;
                    }
                }
            }
            bench.figures.put("filter_rows", rows.size());
            bench.figures.put("filter_combinations", matchers.size());
            bench.figures.put("filter_avg_shown", shown / Math.max(1, times.size()));
            bench.figures.put("filter_p50_ms", Bench.round(Bench.percentile(times, 50)));
            bench.figures.put("filter_p95_ms", Bench.round(Bench.percentile(times, 95)));
            bench.figures.put("filter_max_ms", Bench.round(java.util.Collections.max(times)));
            bench.log.printf(Locale.ROOT, "  %-26s p50 %.2f  p95 %.2f  max %.2f ms (%d combinations over %d rows)%n",
                    "filter", Bench.percentile(times, 50), Bench.percentile(times, 95),
                    java.util.Collections.max(times), matchers.size(), rows.size());
        }
    }

    /** 60 combinations of one to six filters, the values taken from the rows themselves. */
    private static List<CardMatcher> combinations(Library library, List<CardSummary> rows, long picks, Random r) {
        List<String> tags = new ArrayList<>();
        List<String> creators = new ArrayList<>();
        List<Path> folders = new ArrayList<>();
        for (int i = 0; i < 200 && !rows.isEmpty(); i++) {
            CardSummary c = rows.get(r.nextInt(rows.size()));
            tags.addAll(c.tags());
            creators.add(c.creator());
            if (!c.files().isEmpty()) {
                folders.add(c.files().get(0).getParent());
            }
        }
        tags.removeIf(String::isBlank);
        if (tags.isEmpty()) {
            tags.add("fantasy");
        }
        List<CardMatcher> out = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            CardQuery q = CardQuery.ALL;
            int filters = 1 + r.nextInt(6);
            for (int k = 0; k < filters; k++) {
                q = switch (r.nextInt(14)) {
                    case 0 -> q.withTags(Set.of(pick(r, tags)), q.notTags());
                    case 1 -> q.withTags(q.tags(), new HashSet<>(List.of(pick(r, tags), pick(r, tags))));
                    case 2 -> q.withFavoritesOnly(true);
                    case 3 -> q.withSpecs(EnumSet.of(Spec.values()[r.nextInt(3)]));
                    case 4 -> q.withLorebook(r.nextBoolean());
                    case 5 -> q.withGreetings(new CardQuery.Range(1, 1 + r.nextInt(5)));
                    case 6 -> q.withTokens(new CardQuery.Range(0, 500 + r.nextInt(3000)));
                    case 7 -> q.withCreator(creators.isEmpty() ? "x" : pick(r, creators));
                    case 8 -> q.withFolder(folders.isEmpty() ? Path.of("/") : pick(r, folders));
                    case 9 -> q.withAdded(new CardQuery.Range(0, System.currentTimeMillis()));
                    case 10 -> q.withFileDate(new CardQuery.Range(0, System.currentTimeMillis() - r.nextInt(1 << 30)));
                    case 11 -> q.withCollection(picks);
                    case 12 -> q.withNoCollection(true).withNoUserTags(true);
                    default -> q.withTags(new HashSet<>(List.of(pick(r, tags), pick(r, tags))), Set.of(pick(r, tags)))
                            .withUnreadable(CardQuery.Unreadable.HIDE);
                };
            }
            if (i % 5 == 0) {
                q = q.withSearch(pick(r, tags));
            }
            Set<Long> hits = q.search().isEmpty() ? null : new HashSet<>(library.search(q.search()));
            out.add(new CardMatcher(q, hits, SillyTavernState.NONE));
        }
        return out;
    }

    private static <T> T pick(Random r, List<T> from) {
        return from.get(r.nextInt(from.size()));
    }
}
