package io.github.chargallery.gallery.model;

import java.util.ArrayList;
import java.util.List;

/** Copies of a list with one change; an index out of range (a stale click) gives the list unchanged. */
final class ListEdits {
    private ListEdits() {
    }

    static <T> List<T> add(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }

    static <T> List<T> set(List<T> list, int index, T item) {
        if (index < 0 || index >= list.size()) {
            return list;
        }
        List<T> copy = new ArrayList<>(list);
        copy.set(index, item);
        return copy;
    }

    static <T> List<T> remove(List<T> list, int index) {
        if (index < 0 || index >= list.size()) {
            return list;
        }
        List<T> copy = new ArrayList<>(list);
        copy.remove(index);
        return copy;
    }

    /** Moves the item {@code by} places (-1 up, +1 down). */
    static <T> List<T> move(List<T> list, int index, int by) {
        int to = index + by;
        if (index < 0 || index >= list.size() || to < 0 || to >= list.size()) {
            return list;
        }
        List<T> copy = new ArrayList<>(list);
        copy.add(to, copy.remove(index));
        return copy;
    }
}
