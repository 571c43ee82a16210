package io.github.chargallery.library;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects patches and applies them to a map, as a view would. */
class RecordingListener implements SyncListener {
    final List<Patch> patches = Collections.synchronizedList(new ArrayList<>());
    final Map<Long, CardSummary> view = new LinkedHashMap<>();

    RecordingListener() {
    }

    RecordingListener(List<CardSummary> start) {
        start.forEach(s -> view.put(s.id(), s));
    }

    @Override
    public synchronized void onPatch(Patch patch) {
        patches.add(patch);
        patch.removed().forEach(view::remove);
        patch.added().forEach(s -> view.put(s.id(), s));
        patch.updated().forEach(s -> view.put(s.id(), s));
    }

    List<Long> addedIds() {
        return patches.stream().flatMap(p -> p.added().stream()).map(CardSummary::id).toList();
    }

    List<Long> updatedIds() {
        return patches.stream().flatMap(p -> p.updated().stream()).map(CardSummary::id).toList();
    }

    List<Long> removedIds() {
        return patches.stream().flatMap(p -> p.removed().stream()).toList();
    }
}
