package io.github.chargallery.card;

import java.nio.file.Path;

/**
 * One save worked out in memory, nothing written yet: the file's bytes as they were read, the bytes
 * to write, and the card those bytes hold. {@link CardEditor#write} writes it.
 *
 * @param before the file's bytes the edit started from (what a version kept in the history holds)
 * @param after  the file's new bytes, in the file's own format
 * @param card   the edited card as it reads back from {@code after}
 */
public record CardEdit(Path file, CardFile.Format format, byte[] before, byte[] after, Card card) {
}
