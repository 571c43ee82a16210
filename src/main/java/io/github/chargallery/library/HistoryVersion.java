package io.github.chargallery.library;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A previous version of a card file, kept in the data folder before a save replaced it.
 *
 * @param number   1 for the newest kept version, 2 for the one before, ... (what {@code revert --to N} takes)
 * @param replaced when a save replaced it (and kept it here)
 * @param written  when that version had been written (the file's modification time then)
 * @param size     its size in bytes
 * @param file     where its bytes are kept ({@code history/<card>/<time>.<ext>})
 */
public record HistoryVersion(int number, Instant replaced, Instant written, long size, Path file) {
}
