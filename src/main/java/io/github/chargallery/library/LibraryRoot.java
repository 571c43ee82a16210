package io.github.chargallery.library;

import java.nio.file.Path;

/** A library folder the user added, with how many cards the index holds under it. */
public record LibraryRoot(Path path, int cardCount, boolean online) {
}
