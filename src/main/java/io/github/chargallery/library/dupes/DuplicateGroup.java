package io.github.chargallery.library.dupes;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Cards that look like duplicates of each other, as one kind of match finds them.
 *
 * @param id          stable while the group's cards and files stay the same ({@code dismiss} uses it)
 * @param copies      the cards, oldest id first; in a same-card group one copy per file
 */
public record DuplicateGroup(String id, Kind kind, List<Copy> copies) {
    public DuplicateGroup {
        copies = List.copyOf(copies);
    }

    /**
     * What differs between the copies (empty when nothing a user reads does). Worked out when asked, not
     * when groups are found: formatting it for thousands of groups costs more than finding them.
     */
    public List<Difference> differences() {
        return Differences.of(copies);
    }

    public enum Kind {
        /** The same card content, in several files (or in several containers: equal JSON). */
        SAME_CARD("same-card", "Same card"),
        /** One creator's character in versions whose content differs. */
        SAME_CHARACTER("same-character", "Same character, other versions"),
        /** The same or nearly the same picture under other names. */
        SAME_PICTURE("same-picture", "Same picture, other names");

        public final String word;
        public final String title;

        Kind(String word, String title) {
            this.word = word;
            this.title = title;
        }

        public static Kind of(String word) {
            for (Kind k : values()) {
                if (k.word.equals(word)) {
                    return k;
                }
            }
            return null;
        }
    }

    /**
     * One card of a group, with what the comparison shows.
     *
     * @param fileModified epoch millis of its first file's modification time
     * @param cardDate     the card's own modification (or creation) date, epoch seconds, null if unknown
     */
    public record Copy(long cardId, String name, String creator, String version, List<Path> files, boolean favorite,
                       List<String> userTags, long size, long fileModified, Long cardDate, int greetings,
                       int lorebookEntries, Map<String, CardFacts.Field> fields, String canonical, Long pictureHash) {
        public Copy {
            files = List.copyOf(files);
            userTags = List.copyOf(userTags);
            fields = Map.copyOf(fields);
        }

        /** When this copy was last changed: the card's own date when it has one, else its file's date (millis). */
        public long changedAt() {
            return cardDate != null ? cardDate * 1000 : fileModified;
        }
    }

    /** One compared field, its value in each copy (in copy order), as shown ("1.2", "1,204 chars"). */
    public record Difference(String field, List<String> values) {
        public Difference {
            values = List.copyOf(values);
        }
    }

    /** Every file of the group. */
    public List<Path> files() {
        return copies.stream().flatMap(c -> c.files().stream()).toList();
    }

    /**
     * The copy "Keep newest" keeps: for the same card, the one whose file changed last; for versions, the one
     * the card's own date says is newest (its file's date when it has none).
     */
    public Copy newest() {
        Comparator<Copy> by = kind == Kind.SAME_CARD ? Comparator.comparingLong(Copy::fileModified)
                : Comparator.comparingLong(Copy::changedAt).thenComparingLong(Copy::fileModified);
        return copies.stream().max(by.thenComparingLong(Copy::cardId)).orElseThrow();
    }

    /** What keeping {@code kept} sends to the trash: the other copies' files (a same-card copy is one file). */
    public List<Path> filesToTrash(Copy kept) {
        return copies.stream().filter(c -> c != kept).flatMap(c -> c.files().stream())
                .filter(f -> !kept.files().contains(f)).distinct().toList();
    }
}
