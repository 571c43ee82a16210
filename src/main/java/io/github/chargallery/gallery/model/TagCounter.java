package io.github.chargallery.gallery.model;

import io.github.chargallery.library.CardTags;
import io.github.chargallery.gallery.sync.Jobs;
import io.github.chargallery.library.CardMatcher;
import io.github.chargallery.library.CardSummary;
import io.github.chargallery.library.SillyTavernState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * How many of the cards the grid's filter lets through carry each tag, most used first. Counted on the background thread from a snapshot;
 * one count at a time, and during a sync at most one every five seconds.
 */
final class TagCounter {
    private static final long SYNC_PAUSE_NANOS = 5_000_000_000L;

    private final ObservableList<TagCount> counts = FXCollections.observableArrayList();
    private final ObservableList<TagCount> shownCounts = FXCollections.unmodifiableObservableList(counts);
    private final ObservableList<CardSummary> cards;
    private final ObservableBooleanValue syncing;
    private final Jobs jobs;
    private final LongSupplier nanoTime;
    private final ObservableValue<CardMatcher> filter;
    private java.util.function.Supplier<SillyTavernState> sillyTavern = () -> SillyTavernState.NONE;
    private boolean inFlight;
    private boolean stale;
    private boolean counted;
    private long lastCount;

    /** @param filter the grid's filter: the counts are of the cards it lets through */
    TagCounter(ObservableList<CardSummary> cards, ObservableBooleanValue syncing, Jobs jobs, LongSupplier nanoTime,
               ObservableValue<CardMatcher> filter) {
        this.cards = cards;
        this.syncing = syncing;
        this.jobs = jobs;
        this.nanoTime = nanoTime;
        this.filter = filter;
        filter.addListener((o, a, b) -> recount(true));
    }

    /** Where SillyTavern's tags come from: they are counted with the cards' own. */
    void setSillyTavern(java.util.function.Supplier<SillyTavernState> st) {
        this.sillyTavern = st;
    }

    ObservableList<TagCount> counts() {
        return counts;
    }

    /** The counts as the view gets them: it cannot change them. */
    ObservableList<TagCount> readOnlyCounts() {
        return shownCounts;
    }

    /** @param now count even while a sync runs and the last count is recent */
    void recount(boolean now) {
        stale = true;
        long t = nanoTime.getAsLong();
        if (inFlight || (!now && syncing.get() && counted && t - lastCount < SYNC_PAUSE_NANOS)) {
            return;
        }
        inFlight = true;
        stale = false;
        counted = true;
        lastCount = t;
        List<CardSummary> snapshot = List.copyOf(cards);
        SillyTavernState st = sillyTavern.get();
        CardMatcher m = filter.getValue().withSillyTavern(st);
        jobs.inBackground("count tags", () -> {
            List<TagCount> list = count(snapshot, st, m);
            jobs.onFx(() -> {
                inFlight = false;
                counts.setAll(list);
                if (stale) {
                    recount(!syncing.get());
                }
            });
        });
    }

    /** Spellings that differ only in case are one entry, shown as most cards spell it. */
    private static List<TagCount> count(List<CardSummary> cards, SillyTavernState st, CardMatcher m) {
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        for (CardSummary c : cards) {
            if (m.test(c)) {
                CardTags.spellings(c, st).forEach((key, spelling) ->
                        spellings.computeIfAbsent(key, k -> new HashMap<>()).merge(spelling, 1, Integer::sum));
            }
        }
        List<TagCount> list = new ArrayList<>();
        spellings.values().forEach(bySpelling -> list.add(mostUsed(bySpelling)));
        // a tag the filter names stays listed, at 0, so that it can be unchecked
        for (String t : m.query().tags()) {
            if (!spellings.containsKey(t)) {
                list.add(new TagCount(t, 0));
            }
        }
        for (String t : m.query().notTags()) {
            if (!spellings.containsKey(t)) {
                list.add(new TagCount(t, 0));
            }
        }
        // the tags the filter names first (so an excluded one, at 0, is not lost at the end), then by count
        java.util.Set<String> named = new java.util.HashSet<>(m.query().tags());
        named.addAll(m.query().notTags());
        list.sort(Comparator.comparing((TagCount t) -> !named.contains(t.key()))
                .thenComparing(Comparator.comparingInt(TagCount::count).reversed()).thenComparing(TagCount::key));
        return list;
    }

    /** A tie goes to the spelling that sorts first, so the name shown does not depend on the cards' order. */
    private static TagCount mostUsed(Map<String, Integer> bySpelling) {
        String shown = null;
        int shownCount = 0;
        int total = 0;
        for (Map.Entry<String, Integer> e : bySpelling.entrySet()) {
            total += e.getValue();
            if (e.getValue() > shownCount || (e.getValue() == shownCount && e.getKey().compareTo(shown) < 0)) {
                shown = e.getKey();
                shownCount = e.getValue();
            }
        }
        return new TagCount(shown, total);
    }
}
