package io.github.chargallery.gallery;

/** A tag present in the library and how many cards carry it. */
record TagCount(String tag, int count) {
    @Override
    public String toString() {
        return tag + " (" + Fmt.count(count) + ")";
    }
}
