package io.github.chargallery.library;

import java.util.List;

/** One batch of index changes, published while a sync runs so a view can apply it at once. */
public record Patch(List<CardSummary> added, List<CardSummary> updated, List<Long> removed) {
    public Patch {
        added = List.copyOf(added);
        updated = List.copyOf(updated);
        removed = List.copyOf(removed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && updated.isEmpty() && removed.isEmpty();
    }
}
