package io.github.chargallery.library;

import io.github.chargallery.card.Spec;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a list of cards is narrowed to: the search text and every filter, combined with AND. One immutable
 * value for the window and the {@code list} command alike; {@link CardMatcher} tests rows against it (the
 * search's hits come from the index, see {@link CardLibrary#search}); {@link CardQueryJson} saves it for a
 * smart collection.
 *
 * @param search       the search text, "" for none
 * @param tags         normalised tags (see {@link CardTags#norm}) a card must all have
 * @param notTags      normalised tags a card must have none of
 * @param specs        the specs allowed, empty for any
 * @param lorebook     true: has a lorebook entry; false: has none; null: either
 * @param greetings    range of alternate greetings, null for any
 * @param tokens       range of permanent-prompt tokens, null for any
 * @param creator      the creator, compared without case, "" for any
 * @param folder       a library root or a folder inside one holding a file of the card, null for any
 * @param added        range of the date the card entered the index (epoch millis), null for any
 * @param fileDate     range of the first file's modification time (epoch millis), null for any
 * @param collection   id of a (plain) collection the card is in, 0 for any
 * @param noCollection only cards in no collection
 * @param noUserTags   only cards without user tags
 */
public record CardQuery(String search, Set<String> tags, Set<String> notTags, boolean favoritesOnly, Set<Spec> specs,
                        Boolean lorebook, Range greetings, Range tokens, String creator, Path folder, Range added,
                        Range fileDate, Unreadable unreadable, boolean offlineOnly, long collection,
                        boolean noCollection, boolean noUserTags) {

    /** What to do with error rows (files that could not be read). */
    public enum Unreadable { SHOW, HIDE, ONLY }

    /** An inclusive range; {@link Long#MIN_VALUE} / {@link Long#MAX_VALUE} for an open end. */
    public record Range(long min, long max) {
        public Range {
            if (min > max) {
                throw new IllegalArgumentException("the range's start " + min + " is after its end " + max);
            }
        }

        public boolean contains(long v) {
            return v >= min && v <= max;
        }

        public boolean openStart() {
            return min == Long.MIN_VALUE;
        }

        public boolean openEnd() {
            return max == Long.MAX_VALUE;
        }

        /** {@code 0-2000}, {@code 5-} (at least 5), {@code -300} (at most), {@code 7} (exactly); "" for open ends. */
        public String text() {
            if (min == max) {
                return String.valueOf(min);
            }
            return (openStart() ? "" : String.valueOf(min)) + "-" + (openEnd() ? "" : String.valueOf(max));
        }

        /**
         * Reads {@code A-B}, {@code A-}, {@code -B}, {@code A..B} or {@code A} of whole numbers of at least 0.
         *
         * @throws IllegalArgumentException saying what is wrong
         */
        public static Range parse(String text) {
            String t = text == null ? "" : text.strip();
            int dots = t.indexOf("..");
            int cut = dots >= 0 ? dots : t.indexOf('-');
            int skip = dots >= 0 ? 2 : 1;
            try {
                if (cut < 0) {
                    long n = Long.parseLong(t);
                    return check(new Range(n, n), text);
                }
                String a = t.substring(0, cut).strip();
                String b = t.substring(cut + skip).strip();
                if (a.isEmpty() && b.isEmpty()) {
                    throw new IllegalArgumentException("\"" + text + "\" is no range: give a start, an end or both,"
                            + " as in 0-2000");
                }
                return check(new Range(a.isEmpty() ? 0 : Long.parseLong(a), b.isEmpty() ? Long.MAX_VALUE
                        : Long.parseLong(b)), text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("\"" + text + "\" is no range of whole numbers (as in 0-2000,"
                        + " 5- or -300)");
            }
        }

        /** Whole days in this zone, both included; a null end is open; null for no days or a start after the end. */
        public static Range days(java.time.LocalDate from, java.time.LocalDate to, java.time.ZoneId zone) {
            if (from == null && to == null) {
                return null;
            }
            long min = from == null ? Long.MIN_VALUE : from.atStartOfDay(zone).toInstant().toEpochMilli();
            long max = to == null ? Long.MAX_VALUE : to.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli() - 1;
            return min <= max ? new Range(min, max) : null;
        }

        private static Range check(Range r, String text) {
            if (r.min() < 0) {
                throw new IllegalArgumentException("\"" + text + "\": a count cannot be negative");
            }
            return r;
        }
    }

    public static final CardQuery ALL = new CardQuery("", Set.of(), Set.of(), false, Set.of(), null, null, null, "",
            null, null, null, Unreadable.SHOW, false, 0, false, false);

    public CardQuery {
        search = search == null ? "" : search.strip();
        tags = normalised(tags);
        notTags = normalised(notTags);
        specs = specs.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(specs));
        creator = creator == null ? "" : creator.strip();
        unreadable = unreadable == null ? Unreadable.SHOW : unreadable;
    }

    private static Set<String> normalised(Set<String> tags) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : tags) {
            String n = CardTags.norm(t);
            if (!n.isEmpty()) {
                out.add(n);
            }
        }
        return java.util.Collections.unmodifiableSet(out);
    }

    /** True when nothing narrows the list. */
    public boolean isAll() {
        return equals(ALL);
    }

    public CardQuery withSearch(String s) {
        return new CardQuery(s, tags, notTags, favoritesOnly, specs, lorebook, greetings, tokens, creator, folder,
                added, fileDate, unreadable, offlineOnly, collection, noCollection, noUserTags);
    }

    public CardQuery withTags(Set<String> include, Set<String> exclude) {
        return new CardQuery(search, include, exclude, favoritesOnly, specs, lorebook, greetings, tokens, creator,
                folder, added, fileDate, unreadable, offlineOnly, collection, noCollection, noUserTags);
    }

    public CardQuery withFavoritesOnly(boolean f) {
        return new CardQuery(search, tags, notTags, f, specs, lorebook, greetings, tokens, creator, folder,
                added, fileDate, unreadable, offlineOnly, collection, noCollection, noUserTags);
    }

    public CardQuery withSpecs(Set<Spec> s) {
        return new CardQuery(search, tags, notTags, favoritesOnly, s, lorebook, greetings, tokens, creator, folder,
                added, fileDate, unreadable, offlineOnly, collection, noCollection, noUserTags);
    }

    public CardQuery withLorebook(Boolean l) {
        return new CardQuery(search, tags, notTags, favoritesOnly, specs, l, greetings, tokens, creator, folder,
                added, fileDate, unreadable, offlineOnly, collection, noCollection, noUserTags);
    }

    public CardQuery withGreetings(Range r) {
        return new CardQuery(search, tags, notTags, favoritesOnly, specs, lorebook, r, tokens, creator, folder,
                added, fileDate, unreadable, offlineOnly, collection, noCollection, noUserTags);
    }

    public CardQuery withTokens(Range r) {
        return new CardQuery(search, tags, notTags, favoritesOnly, specs, lorebook, greetings, r, creator, folder,
                added, fileDate, unreadable, offlineOnly, collection, noCollection, noUserTags);
    }

    public CardQuery withCreator(String c) {
        return new CardQuery(search, tags, notTags, favoritesOnly, specs, lorebook, greetings, tokens, c, folder,
                added, fileDate, unreadable, offlineOnly, collection, noCollection, noUserTags);
    }

    public CardQuery withFolder(Path f) {
        return new CardQuery(search, tags, notTags, favoritesOnly, specs, lorebook, greetings, tokens, creator, f,
                added, fileDate, unreadable, offlineOnly, collection, noCollection, noUserTags);
    }

    public CardQuery withAdded(Range r) {
        return new CardQuery(search, tags, notTags, favoritesOnly, specs, lorebook, greetings, tokens, creator, folder,
                r, fileDate, unreadable, offlineOnly, collection, noCollection, noUserTags);
    }

    public CardQuery withFileDate(Range r) {
        return new CardQuery(search, tags, notTags, favoritesOnly, specs, lorebook, greetings, tokens, creator, folder,
                added, r, unreadable, offlineOnly, collection, noCollection, noUserTags);
    }

    public CardQuery withUnreadable(Unreadable u) {
        return new CardQuery(search, tags, notTags, favoritesOnly, specs, lorebook, greetings, tokens, creator, folder,
                added, fileDate, u, offlineOnly, collection, noCollection, noUserTags);
    }

    public CardQuery withOfflineOnly(boolean o) {
        return new CardQuery(search, tags, notTags, favoritesOnly, specs, lorebook, greetings, tokens, creator, folder,
                added, fileDate, unreadable, o, collection, noCollection, noUserTags);
    }

    public CardQuery withCollection(long id) {
        return new CardQuery(search, tags, notTags, favoritesOnly, specs, lorebook, greetings, tokens, creator, folder,
                added, fileDate, unreadable, offlineOnly, id, noCollection, noUserTags);
    }

    public CardQuery withNoCollection(boolean n) {
        return new CardQuery(search, tags, notTags, favoritesOnly, specs, lorebook, greetings, tokens, creator, folder,
                added, fileDate, unreadable, offlineOnly, collection, n, noUserTags);
    }

    public CardQuery withNoUserTags(boolean n) {
        return new CardQuery(search, tags, notTags, favoritesOnly, specs, lorebook, greetings, tokens, creator, folder,
                added, fileDate, unreadable, offlineOnly, collection, noCollection, n);
    }
}
