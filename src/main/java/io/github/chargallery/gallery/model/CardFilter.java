package io.github.chargallery.gallery.model;

import io.github.chargallery.library.CardSummary;
import io.github.chargallery.library.SillyTavernState;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the grid is narrowed to. Immutable: the view model swaps in a new one, which makes the
 * FilteredList re-evaluate once.
 *
 * @param searchHits ids matching the search text, or null when there is no search
 * @param tags       normalised tags that must all be present
 */
record CardFilter(Set<Long> searchHits, Set<String> tags, boolean favoritesOnly, boolean showUnreadable,
                  SillyTavernState sillyTavern) implements Predicate<CardSummary> {

    static final CardFilter ALL = new CardFilter(null, Set.of(), false, true, SillyTavernState.NONE);

    CardFilter {
        tags = Set.copyOf(tags);
    }

    @Override
    public boolean test(CardSummary c) {
        if (searchHits != null && !searchHits.contains(c.id())) {
            return false;
        }
        if (favoritesOnly && !c.favorite()) {
            return false;
        }
        if (!showUnreadable && c.isError()) {
            return false;
        }
        return tags.isEmpty() || Tags.of(c, sillyTavern).containsAll(tags);
    }

    CardFilter withSearch(Set<Long> hits) {
        return new CardFilter(hits, tags, favoritesOnly, showUnreadable, sillyTavern);
    }

    CardFilter withTags(Set<String> t) {
        return new CardFilter(searchHits, t, favoritesOnly, showUnreadable, sillyTavern);
    }

    CardFilter withFavoritesOnly(boolean f) {
        return new CardFilter(searchHits, tags, f, showUnreadable, sillyTavern);
    }

    /** SillyTavern's tags count as the card's own for the tag filter. */
    CardFilter withSillyTavern(SillyTavernState st) {
        return new CardFilter(searchHits, tags, favoritesOnly, showUnreadable, st);
    }

    CardFilter withShowUnreadable(boolean s) {
        return new CardFilter(searchHits, tags, favoritesOnly, s, sillyTavern);
    }
}
