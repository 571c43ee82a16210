package io.github.chargallery.gallery.model;

import io.github.chargallery.gallery.sync.Jobs;
import io.github.chargallery.library.CardSummary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * How many cards carry each tag, most used first. Counted on the background thread from a snapshot;
 * one count at a time, and during a sync at most one every five seconds.
 */
final class TagCounter {
    private static final long SYNC_PAUSE_NANOS = 5_000_000_000L;

    private final ObservableList<TagCount> counts = FXCollections.observableArrayList();
    private final ObservableList<CardSummary> cards;
    private final ObservableBooleanValue syncing;
    private final Jobs jobs;
    private final LongSupplier nanoTime;
    private boolean inFlight;
    private boolean stale;
    private boolean counted;
    private long lastCount;

    TagCounter(ObservableList<CardSummary> cards, ObservableBooleanValue syncing, Jobs jobs, LongSupplier nanoTime) {
        this.cards = cards;
        this.syncing = syncing;
        this.jobs = jobs;
        this.nanoTime = nanoTime;
    }

    ObservableList<TagCount> counts() {
        return counts;
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
        jobs.inBackground("count tags", () -> {
            List<TagCount> list = count(snapshot);
            jobs.onFx(() -> {
                inFlight = false;
                counts.setAll(list);
                if (stale) {
                    recount(!syncing.get());
                }
            });
        });
    }

    private static List<TagCount> count(List<CardSummary> cards) {
        Map<String, Integer> counts = new HashMap<>();
        for (CardSummary c : cards) {
            for (String tag : Tags.of(c)) {
                counts.merge(tag, 1, Integer::sum);
            }
        }
        List<TagCount> list = new ArrayList<>();
        counts.forEach((k, v) -> list.add(new TagCount(k, v)));
        list.sort((a, b) -> a.count() != b.count() ? b.count() - a.count() : a.tag().compareTo(b.tag()));
        return list;
    }
}
