package io.github.chargallery.library.dupes;

import io.github.chargallery.card.FileNames;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * What differs between the copies of a group, field by field, as a user reads it: version, dates, folder,
 * size, greetings, lorebook size, and each text field whose text changed (with its length in each copy).
 * Fields that are the same in every copy are left out.
 */
final class Differences {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private Differences() {
    }

    static List<DuplicateGroup.Difference> of(List<DuplicateGroup.Copy> copies) {
        List<DuplicateGroup.Difference> out = new ArrayList<>();
        // each compared first by its raw value, formatted only when it differs
        add(out, "character_version", copies, c -> c.version(), c -> c.version() == null || c.version().isBlank() ? "-"
                : c.version());
        add(out, "card date", copies, c -> c.cardDate(), c -> c.cardDate() == null ? "-"
                : DAY.format(Instant.ofEpochSecond(c.cardDate())));
        add(out, "file date", copies, c -> c.fileModified() / 60_000, c -> DAY.format(Instant.ofEpochMilli(c.fileModified())));
        add(out, "folder", copies, c -> c.files().get(0).getParent(), c -> FileNames.display(c.files().get(0).getParent()));
        add(out, "size", copies, c -> (c.size() + 512) / 1024, c -> kb(c.size()));
        add(out, "greetings", copies, c -> c.greetings(), c -> String.valueOf(1 + c.greetings()));
        add(out, "lorebook entries", copies, c -> c.lorebookEntries(), c -> String.valueOf(c.lorebookEntries()));
        for (String f : CardFacts.FIELDS) {
            boolean changed = copies.stream().map(c -> c.fields().get(f)).distinct().count() > 1;
            if (changed) {
                out.add(new DuplicateGroup.Difference(f, copies.stream().map(c -> {
                    CardFacts.Field v = c.fields().get(f);
                    return v == null ? "?" : String.format(Locale.ROOT, "%,d chars", v.chars());
                }).toList()));
            }
        }
        return out;
    }

    private static void add(List<DuplicateGroup.Difference> out, String field, List<DuplicateGroup.Copy> copies,
                            Function<DuplicateGroup.Copy, Object> raw, Function<DuplicateGroup.Copy, String> shown) {
        Object first = raw.apply(copies.get(0));
        for (int i = 1; i < copies.size(); i++) {
            if (!java.util.Objects.equals(first, raw.apply(copies.get(i)))) {
                out.add(new DuplicateGroup.Difference(field, copies.stream().map(shown).toList()));
                return;
            }
        }
    }

    static String kb(long bytes) {
        return bytes < 1024 ? bytes + " B" : String.format(Locale.ROOT, "%,d KB", (bytes + 512) / 1024);
    }
}
