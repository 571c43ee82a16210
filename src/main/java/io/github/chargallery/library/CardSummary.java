package io.github.chargallery.library;

import io.github.chargallery.card.Spec;
import java.nio.file.Path;
import java.util.List;

/**
 * One tile's worth of data, as the index holds it: what the gallery lists, sorts and filters on
 * without touching the card files.
 *
 * @param id           stable card id; kept when the card is edited in place, renamed or moved
 * @param spec         null for an error row (file could not be read)
 * @param tags         the card's own tags
 * @param userTags     tags the user added in the app (owned by the user, survive rescans)
 * @param files        absolute paths of the files holding this card (two files, same card: one row)
 * @param size         size in bytes of the first file
 * @param addedAt      epoch millis when the card first entered the index
 * @param fileModified epoch millis of the first file's modification time
 * @param cardDate     epoch seconds of the card's modification (or creation) date, null if unknown
 * @param permanentTokens    tokens always in the prompt (description, personality, scenario, system
 *                           prompt, example messages); {@link #NOT_COUNTED} until counted
 * @param firstMessageTokens tokens of the first message; {@link #NOT_COUNTED} until counted
 * @param error        the reason the file could not be read, null for a readable card
 * @param offline      true when every file of the card lies under an offline root
 * @param alternateGreetings number of alternate greetings; {@link #NOT_COUNTED} until the card's facts are read
 * @param lorebookEntries    entries of its embedded lorebook; {@link #NOT_COUNTED} until read
 * @param collections  ids of the (plain) collections the card is in, ascending
 */
public record CardSummary(
        long id,
        String name,
        String creator,
        List<String> tags,
        List<String> userTags,
        Spec spec,
        boolean favorite,
        List<Path> files,
        long size,
        long addedAt,
        long fileModified,
        Long cardDate,
        int permanentTokens,
        int firstMessageTokens,
        String error,
        boolean offline,
        int alternateGreetings,
        int lorebookEntries,
        List<Long> collections) {

    /** A row indexed before token counts existed (schema 4); the next scan counts it. */
    public static final int NOT_COUNTED = -1;

    public CardSummary {
        tags = List.copyOf(tags);
        userTags = List.copyOf(userTags);
        files = List.copyOf(files);
        collections = List.copyOf(collections);
    }

    /** A row without facts or collections (tests, fakes). */
    public CardSummary(long id, String name, String creator, List<String> tags, List<String> userTags, Spec spec,
                       boolean favorite, List<Path> files, long size, long addedAt, long fileModified, Long cardDate,
                       int permanentTokens, int firstMessageTokens, String error, boolean offline) {
        this(id, name, creator, tags, userTags, spec, favorite, files, size, addedAt, fileModified, cardDate,
                permanentTokens, firstMessageTokens, error, offline, NOT_COUNTED, NOT_COUNTED, List.of());
    }

    public boolean isError() {
        return error != null;
    }

    public CardSummary withFavorite(boolean favorite) {
        return new CardSummary(id, name, creator, tags, userTags, spec, favorite, files, size, addedAt, fileModified,
                cardDate, permanentTokens, firstMessageTokens, error, offline, alternateGreetings, lorebookEntries, collections);
    }

    public CardSummary withUserTags(List<String> userTags) {
        return new CardSummary(id, name, creator, tags, userTags, spec, favorite, files, size, addedAt, fileModified,
                cardDate, permanentTokens, firstMessageTokens, error, offline, alternateGreetings, lorebookEntries, collections);
    }

    public CardSummary withCollections(List<Long> collections) {
        return new CardSummary(id, name, creator, tags, userTags, spec, favorite, files, size, addedAt, fileModified,
                cardDate, permanentTokens, firstMessageTokens, error, offline, alternateGreetings, lorebookEntries, collections);
    }

    /**
     * Whether both rows are the same card read from the same version of the same files: what was read
     * or drawn from one (its picture, its full text) still holds for the other.
     */
    public boolean sameFileVersion(CardSummary other) {
        return id == other.id && files.equals(other.files) && fileModified == other.fileModified && size == other.size;
    }
}
