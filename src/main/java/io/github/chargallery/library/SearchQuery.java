package io.github.chargallery.library;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns what a user typed into a safe FTS5 MATCH expression: each whitespace-separated term becomes a
 * quoted prefix phrase ({@code "term"*}), all terms must match. Quoting makes FTS5 syntax ({@code "},
 * {@code -}, {@code :}, {@code AND}, {@code NEAR}) plain text, so no input can cause a syntax error.
 */
final class SearchQuery {
    private SearchQuery() {
    }

    /** The MATCH expression, or null when the query has no searchable term (then everything matches). */
    static String toFts(String query) {
        List<String> parts = phrases(query);
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    /** The terms as quoted prefix phrases, in order; empty when the query has no searchable term. */
    static List<String> phrases(String query) {
        List<String> parts = new ArrayList<>();
        if (query == null) {
            return parts;
        }
        for (String term : query.strip().split("\\s+")) {
            if (term.codePoints().anyMatch(Character::isLetterOrDigit)) {
                parts.add("\"" + term.replace("\"", "\"\"") + "\"*");
            }
        }
        return parts;
    }
}
