package io.github.chargallery.gallery.sync;

import io.github.chargallery.library.CardSummary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import javafx.collections.ObservableListBase;

/**
 * The card list's rows, kept in the grid's order, each change told as one list change. A
 * SortedList over an unordered list inserts a batch's cards one by one and, for each, renumbers all
 * its rows: 500 new cards into 10,000 cost the FX thread 20-70 ms in one pulse. Merging a sorted
 * batch here is one pass, and the filtered list above it sees one change. Read-only for everyone
 * else: the usual mutators throw. FX thread.
 */
final class OrderedItems extends ObservableListBase<CardSummary> {
    private ArrayList<CardSummary> rows = new ArrayList<>();

    @Override
    public CardSummary get(int index) {
        return rows.get(index);
    }

    @Override
    public int size() {
        return rows.size();
    }

    /** Every row replaced by these, already in order. */
    void replaceAll(List<CardSummary> all) {
        List<CardSummary> old = rows;
        rows = new ArrayList<>(all);
        beginChange();
        nextReplace(0, rows.size(), old);
        endChange();
    }

    /** Takes out these rows (by identity), keeping the rest in their order. */
    void removeRows(Set<CardSummary> gone) {
        ArrayList<CardSummary> kept = new ArrayList<>(rows.size());
        beginChange();
        for (CardSummary c : rows) {
            if (gone.contains(c)) {
                nextRemove(kept.size(), c);
            } else {
                kept.add(c);
            }
        }
        rows = kept;
        endChange();
    }

    /** Replaces the row at {@code index}; the caller puts the rows back in order after (see {@link #reorder}). */
    void put(int index, CardSummary row, boolean asOneChange) {
        CardSummary old = rows.set(index, row);
        if (asOneChange) {
            beginChange();
            nextSet(index, old);
            endChange();
        }
    }

    /** Tells as one change that every row was replaced, after {@link #put} calls that told nothing. */
    void replacedInPlace(List<CardSummary> before) {
        beginChange();
        nextReplace(0, rows.size(), before);
        endChange();
    }

    List<CardSummary> snapshot() {
        return List.copyOf(rows);
    }

    /** Merges these new rows, which must be sorted by {@code order}, into the rows sorted by it: one pass, one change. */
    void insertSorted(List<CardSummary> batch, Comparator<CardSummary> order) {
        ArrayList<CardSummary> merged = new ArrayList<>(rows.size() + batch.size());
        int[] at = mergeInto(rows, batch, order, merged);
        rows = merged;
        beginChange();
        for (int p : at) {
            nextAdd(p, p + 1);
        }
        endChange();
    }

    /**
     * Puts {@code batch} (sorted) and {@code rows} (sorted) together into {@code out}, a row of
     * {@code rows} first on a tie, as a stable full sort would; returns where each batch row went.
     */
    static int[] mergeInto(List<CardSummary> rows, List<CardSummary> batch, Comparator<CardSummary> order,
            List<CardSummary> out) {
        int[] at = new int[batch.size()];
        int i = 0;
        int j = 0;
        while (j < batch.size()) {
            CardSummary b = batch.get(j);
            while (i < rows.size() && order.compare(rows.get(i), b) <= 0) {
                out.add(rows.get(i++));
            }
            at[j++] = out.size();
            out.add(b);
        }
        while (i < rows.size()) {
            out.add(rows.get(i++));
        }
        return at;
    }

    /** Sorts the rows (stable) and tells it as one permutation; nothing when they already are in order. */
    void reorder(Comparator<CardSummary> order) {
        if (isSorted(order)) {
            return;
        }
        int n = rows.size();
        Integer[] from = new Integer[n];
        for (int k = 0; k < n; k++) {
            from[k] = k;
        }
        List<CardSummary> old = rows;
        Arrays.sort(from, (a, b) -> order.compare(old.get(a), old.get(b)));
        ArrayList<CardSummary> sorted = new ArrayList<>(n);
        int[] perm = new int[n];
        for (int k = 0; k < n; k++) {
            sorted.add(old.get(from[k]));
            perm[from[k]] = k;
        }
        rows = sorted;
        beginChange();
        nextPermutation(0, n, perm);
        endChange();
    }

    private boolean isSorted(Comparator<CardSummary> order) {
        for (int k = 1; k < rows.size(); k++) {
            if (order.compare(rows.get(k - 1), rows.get(k)) > 0) {
                return false;
            }
        }
        return true;
    }
}
