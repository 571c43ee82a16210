package io.github.chargallery.gallery.model;

import io.github.chargallery.library.CardTags;

/**
 * A tag present in the library and how many cards carry it.
 *
 * @param tag   as the user sees it: of the spellings that differ only in case, the one most cards use
 * @param count cards carrying the tag in any spelling
 */
public record TagCount(String tag, int count) {
    /** What the filter and the tag list's checks go by: one key for every spelling. */
    public String key() {
        return CardTags.norm(tag);
    }

    @Override
    public String toString() {
        return tag + " (" + Fmt.count(count) + ")";
    }
}
