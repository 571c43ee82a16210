package io.github.chargallery.library;

import java.nio.file.Path;

/** What a walk saw of one card file: its path, size and modification time in nanoseconds. */
public record FileStat(Path path, long size, long mtimeNs) {
}
