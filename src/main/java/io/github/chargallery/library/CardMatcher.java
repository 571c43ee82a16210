package io.github.chargallery.library;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Tests rows against a {@link CardQuery}: the in-memory filter of the window's grid and of {@code list}.
 * Immutable, so a view swaps in a new one and its filtered list re-evaluates once.
 *
 * @param searchHits the ids the index found for the query's search text, null when not searched (yet)
 * @param sillyTavern its tags count as the card's own
 */
public record CardMatcher(CardQuery query, Set<Long> searchHits, SillyTavernState sillyTavern)
        implements Predicate<CardSummary> {

    public static final CardMatcher ALL = new CardMatcher(CardQuery.ALL, null, SillyTavernState.NONE);

    public CardMatcher {
        sillyTavern = sillyTavern == null ? SillyTavernState.NONE : sillyTavern;
    }

    @Override
    public boolean test(CardSummary c) {
        CardQuery q = query;
        if (searchHits != null && !searchHits.contains(c.id())) {
            return false;
        }
        switch (q.unreadable()) {
            case HIDE -> {
                if (c.isError()) {
                    return false;
                }
            }
            case ONLY -> {
                if (!c.isError()) {
                    return false;
                }
            }
            default -> {
            }
        }
        if ((q.favoritesOnly() && !c.favorite()) || (q.offlineOnly() && !c.offline())
                || (q.noUserTags() && !c.userTags().isEmpty())
                || (q.noCollection() && !c.collections().isEmpty())
                || (q.collection() != 0 && !c.collections().contains(q.collection()))
                || (!q.specs().isEmpty() && (c.spec() == null || !q.specs().contains(c.spec())))) {
            return false;
        }
        if (q.lorebook() != null || q.greetings() != null || q.tokens() != null) {
            if (c.isError()) {
                return false; // nothing of an unreadable file is known
            }
            if (q.lorebook() != null && (c.lorebookEntries() < 0 || (c.lorebookEntries() > 0) != q.lorebook())) {
                return false;
            }
            if (!counted(q.greetings(), c.alternateGreetings()) || !counted(q.tokens(), c.permanentTokens())) {
                return false;
            }
        }
        if ((q.added() != null && !q.added().contains(c.addedAt()))
                || (q.fileDate() != null && !q.fileDate().contains(c.fileModified()))) {
            return false;
        }
        if (!q.creator().isEmpty() && !q.creator().equalsIgnoreCase(c.creator().strip())) {
            return false;
        }
        if (q.folder() != null && !under(c.files(), q.folder())) {
            return false;
        }
        for (String t : q.tags()) {
            if (!CardTags.has(c, sillyTavern, t)) {
                return false;
            }
        }
        for (String t : q.notTags()) {
            if (CardTags.has(c, sillyTavern, t)) {
                return false;
            }
        }
        return true;
    }

    /** A count not known (an unreadable card, facts not read yet) is in no range. */
    private static boolean counted(CardQuery.Range r, int n) {
        return r == null || (n >= 0 && r.contains(n));
    }

    private static boolean under(List<Path> files, Path folder) {
        for (int i = 0, n = files.size(); i < n; i++) {
            if (files.get(i).startsWith(folder)) {
                return true;
            }
        }
        return false;
    }

    public CardMatcher withQuery(CardQuery q) {
        return new CardMatcher(q, q.search().isEmpty() ? null : searchHits, sillyTavern);
    }

    public CardMatcher withSearchHits(Set<Long> hits) {
        return new CardMatcher(query, hits, sillyTavern);
    }

    public CardMatcher withSillyTavern(SillyTavernState st) {
        return new CardMatcher(query, searchHits, st);
    }
}
