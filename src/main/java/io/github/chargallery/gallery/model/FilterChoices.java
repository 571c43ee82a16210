package io.github.chargallery.gallery.model;

import io.github.chargallery.library.CardSummary;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** What the filter boxes offer: the library's creators and folders. Walks every row: background thread. */
final class FilterChoices {
    private FilterChoices() {
    }

    /** The creators of the cards that start with what was typed (any case), at most 200. */
    static List<String> creators(List<CardSummary> cards, String typed) {
        String t = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        Set<String> out = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (CardSummary c : cards) {
            String n = c.creator().strip();
            if (!n.isEmpty() && n.toLowerCase(Locale.ROOT).startsWith(t)) {
                out.add(n);
            }
        }
        return out.stream().limit(200).toList();
    }

    /** The library roots and the folders inside them that hold cards, at most 500. */
    static List<Path> folders(List<CardSummary> cards, List<Path> roots) {
        Set<Path> out = new TreeSet<>(roots);
        for (CardSummary c : cards) {
            for (Path f : c.files()) {
                Path p = f.getParent();
                while (p != null && !roots.contains(p) && roots.stream().anyMatch(p::startsWith) && out.add(p)) {
                    p = p.getParent();
                }
            }
        }
        return out.stream().limit(500).toList();
    }
}
