package io.github.chargallery.gallery.model;

import io.github.chargallery.card.FileNames;
import io.github.chargallery.card.Spec;
import io.github.chargallery.library.CardQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/** The active filters of a query as the sidebar's removable chips: what each says, and the query without it. */
public final class FilterChips {
    /** @param without the query with this filter removed */
    public record Chip(String label, CardQuery without) {
    }

    private FilterChips() {
    }

    /** @param collectionName a collection's name by id (null when unknown) */
    public static List<Chip> of(CardQuery q, LongFunction<String> collectionName) {
        List<Chip> chips = new ArrayList<>();
        if (!q.search().isEmpty()) {
            chips.add(new Chip("Search: " + q.search(), q.withSearch("")));
        }
        for (String t : q.tags()) {
            Set<String> rest = new HashSet<>(q.tags());
            rest.remove(t);
            chips.add(new Chip("Tag: " + t, q.withTags(rest, q.notTags())));
        }
        for (String t : q.notTags()) {
            Set<String> rest = new HashSet<>(q.notTags());
            rest.remove(t);
            chips.add(new Chip("Not: " + t, q.withTags(q.tags(), rest)));
        }
        if (q.favoritesOnly()) {
            chips.add(new Chip("Favourites", q.withFavoritesOnly(false)));
        }
        if (!q.specs().isEmpty()) {
            chips.add(new Chip("Spec " + q.specs().stream().sorted().map(Spec::label).collect(Collectors.joining(", ")),
                    q.withSpecs(Set.of())));
        }
        if (q.lorebook() != null) {
            chips.add(new Chip(q.lorebook() ? "Has a lorebook" : "No lorebook", q.withLorebook(null)));
        }
        if (q.greetings() != null) {
            chips.add(new Chip("Alt. greetings " + q.greetings().text(), q.withGreetings(null)));
        }
        if (q.tokens() != null) {
            chips.add(new Chip("Tokens " + q.tokens().text(), q.withTokens(null)));
        }
        if (!q.creator().isEmpty()) {
            chips.add(new Chip("By " + q.creator(), q.withCreator("")));
        }
        if (q.folder() != null) {
            chips.add(new Chip("In " + FileNames.display(q.folder().getFileName() == null ? q.folder()
                    : q.folder().getFileName()), q.withFolder(null)));
        }
        if (q.added() != null) {
            chips.add(new Chip("Added " + days(q.added()), q.withAdded(null)));
        }
        if (q.fileDate() != null) {
            chips.add(new Chip("File date " + days(q.fileDate()), q.withFileDate(null)));
        }
        if (q.unreadable() == CardQuery.Unreadable.ONLY) {
            chips.add(new Chip("Unreadable only", q.withUnreadable(CardQuery.Unreadable.SHOW)));
        }
        if (q.offlineOnly()) {
            chips.add(new Chip("Offline only", q.withOfflineOnly(false)));
        }
        if (q.collection() != 0) {
            String name = collectionName.apply(q.collection());
            chips.add(new Chip("Collection: " + (name == null ? "?" : name), q.withCollection(0)));
        }
        if (q.noCollection()) {
            chips.add(new Chip("In no collection", q.withNoCollection(false)));
        }
        if (q.noUserTags()) {
            chips.add(new Chip("No user tags", q.withNoUserTags(false)));
        }
        return chips;
    }

    /** "2024-01-01 – 2024-06-30", "from 2024-01-01", "until 2024-06-30" (this computer's days). */
    static String days(CardQuery.Range r) {
        String from = r.openStart() ? null : day(r.min());
        String to = r.openEnd() ? null : day(r.max());
        return from == null ? "until " + to : to == null ? "from " + from : from.equals(to) ? from : from + " – " + to;
    }

    private static String day(long millis) {
        return LocalDate.ofInstant(Instant.ofEpochMilli(millis), ZoneId.systemDefault()).toString();
    }

    /** Whole days in this computer's time zone, both included; null ends are open. */
    public static CardQuery.Range dayRange(LocalDate from, LocalDate to) {
        return CardQuery.Range.days(from, to, ZoneId.systemDefault());
    }

    /** The first or last day of a range, for the date pickers. */
    public static LocalDate dayOf(CardQuery.Range r, boolean start) {
        if (r == null || (start ? r.openStart() : r.openEnd())) {
            return null;
        }
        return LocalDate.ofInstant(Instant.ofEpochMilli(start ? r.min() : r.max()), ZoneId.systemDefault());
    }
}
