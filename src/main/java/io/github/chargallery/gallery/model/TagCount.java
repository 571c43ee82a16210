package io.github.chargallery.gallery.model;


/** A tag present in the library and how many cards carry it. */
public record TagCount(String tag, int count) {
    @Override
    public String toString() {
        return tag + " (" + Fmt.count(count) + ")";
    }
}
