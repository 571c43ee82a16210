package io.github.chargallery.card;

import java.util.List;

/**
 * One entry of a card's character book (lorebook), as the editor shows it. {@code source} is the
 * entry's JSON object exactly as the card holds it (null for an entry the user added): saving starts
 * from it and sets only the fields whose value changed, so fields the editor does not show
 * ({@code extensions}, {@code id}, {@code priority}, {@code use_regex}, keys of other apps) are kept.
 *
 * @param position "before_char", "after_char", or whatever the card holds there as text ("" when absent)
 */
public record LorebookEntry(
        List<String> keys,
        List<String> secondaryKeys,
        String name,
        String comment,
        String content,
        boolean enabled,
        int insertionOrder,
        boolean constant,
        boolean selective,
        String position,
        String source) {

    public LorebookEntry {
        keys = List.copyOf(keys);
        secondaryKeys = List.copyOf(secondaryKeys);
        name = name == null ? "" : name;
        comment = comment == null ? "" : comment;
        content = content == null ? "" : content;
        position = position == null ? "" : position;
    }

    /** A new, enabled entry (what "Add entry" makes). */
    public static LorebookEntry create(List<String> keys, String content) {
        return new LorebookEntry(keys, List.of(), "", "", content, true, 100, false, false, "before_char", null);
    }

    public LorebookEntry withKeys(List<String> v) {
        return new LorebookEntry(v, secondaryKeys, name, comment, content, enabled, insertionOrder, constant, selective,
                position, source);
    }

    public LorebookEntry withSecondaryKeys(List<String> v) {
        return new LorebookEntry(keys, v, name, comment, content, enabled, insertionOrder, constant, selective,
                position, source);
    }

    public LorebookEntry withName(String v) {
        return new LorebookEntry(keys, secondaryKeys, v, comment, content, enabled, insertionOrder, constant, selective,
                position, source);
    }

    public LorebookEntry withComment(String v) {
        return new LorebookEntry(keys, secondaryKeys, name, v, content, enabled, insertionOrder, constant, selective,
                position, source);
    }

    public LorebookEntry withContent(String v) {
        return new LorebookEntry(keys, secondaryKeys, name, comment, v, enabled, insertionOrder, constant, selective,
                position, source);
    }

    public LorebookEntry withEnabled(boolean v) {
        return new LorebookEntry(keys, secondaryKeys, name, comment, content, v, insertionOrder, constant, selective,
                position, source);
    }

    public LorebookEntry withInsertionOrder(int v) {
        return new LorebookEntry(keys, secondaryKeys, name, comment, content, enabled, v, constant, selective,
                position, source);
    }

    public LorebookEntry withConstant(boolean v) {
        return new LorebookEntry(keys, secondaryKeys, name, comment, content, enabled, insertionOrder, v, selective,
                position, source);
    }

    public LorebookEntry withSelective(boolean v) {
        return new LorebookEntry(keys, secondaryKeys, name, comment, content, enabled, insertionOrder, constant, v,
                position, source);
    }

    public LorebookEntry withPosition(String v) {
        return new LorebookEntry(keys, secondaryKeys, name, comment, content, enabled, insertionOrder, constant,
                selective, v, source);
    }
}
