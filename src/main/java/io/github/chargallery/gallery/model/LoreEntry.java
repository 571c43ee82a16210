package io.github.chargallery.gallery.model;

import java.util.List;

/**
 * One lorebook entry as the editor shows it: the fields of the table and its content. {@code source}
 * is the entry's JSON object as the card held it ({@code "{}"} for a new one), so the fields the editor
 * does not show (extensions, id, priority, whatever a tool added) go back unchanged.
 *
 * @param position "before_char", "after_char" or "" (none given)
 */
public record LoreEntry(boolean enabled, List<String> keys, List<String> secondaryKeys, String name, String comment,
        int insertionOrder, boolean constant, boolean selective, String position, String content, String source) {

    public LoreEntry {
        keys = List.copyOf(keys);
        secondaryKeys = List.copyOf(secondaryKeys);
        name = name == null ? "" : name;
        comment = comment == null ? "" : comment;
        position = position == null ? "" : position;
        content = content == null ? "" : content;
        source = source == null ? "{}" : source;
    }

    /** A new, enabled entry with nothing in it, ordered after the ones given. */
    public static LoreEntry blank(List<LoreEntry> existing) {
        int order = existing.stream().mapToInt(LoreEntry::insertionOrder).max().orElse(90) + 10;
        return new LoreEntry(true, List.of(), List.of(), "", "", order, false, false, "before_char", "", "{}");
    }

    public LoreEntry withEnabled(boolean on) {
        return new LoreEntry(on, keys, secondaryKeys, name, comment, insertionOrder, constant, selective, position, content, source);
    }

    public LoreEntry withKeys(List<String> k) {
        return new LoreEntry(enabled, k, secondaryKeys, name, comment, insertionOrder, constant, selective, position, content, source);
    }

    public LoreEntry withSecondaryKeys(List<String> k) {
        return new LoreEntry(enabled, keys, k, name, comment, insertionOrder, constant, selective, position, content, source);
    }

    public LoreEntry withName(String n) {
        return new LoreEntry(enabled, keys, secondaryKeys, n, comment, insertionOrder, constant, selective, position, content, source);
    }

    public LoreEntry withComment(String c) {
        return new LoreEntry(enabled, keys, secondaryKeys, name, c, insertionOrder, constant, selective, position, content, source);
    }

    public LoreEntry withInsertionOrder(int o) {
        return new LoreEntry(enabled, keys, secondaryKeys, name, comment, o, constant, selective, position, content, source);
    }

    public LoreEntry withConstant(boolean on) {
        return new LoreEntry(enabled, keys, secondaryKeys, name, comment, insertionOrder, on, selective, position, content, source);
    }

    public LoreEntry withSelective(boolean on) {
        return new LoreEntry(enabled, keys, secondaryKeys, name, comment, insertionOrder, constant, on, position, content, source);
    }

    public LoreEntry withPosition(String p) {
        return new LoreEntry(enabled, keys, secondaryKeys, name, comment, insertionOrder, constant, selective, p, content, source);
    }

    public LoreEntry withContent(String c) {
        return new LoreEntry(enabled, keys, secondaryKeys, name, comment, insertionOrder, constant, selective, position, c, source);
    }

    /** "name" or, without one, the comment: what the table's title column shows. */
    public String title() {
        return !name.isBlank() ? name : comment;
    }
}
