package io.github.chargallery.cli;

import io.github.chargallery.card.Spec;
import io.github.chargallery.library.CardQuery;
import io.github.chargallery.library.CollectionException;
import io.github.chargallery.library.Collections;
import io.github.chargallery.library.Library;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The filter options of {@code list}, the same filters as the window's, read into one {@link CardQuery}. */
final class QueryOptions {
    static final Command.Option SEARCH = Command.Option.value("--search", "TEXT",
            "only cards the search finds (names, creators, tags, descriptions)");
    static final Command.Option TAG = Command.Option.value("--tag", "TAG", "only cards with this tag (repeatable: all)");
    static final Command.Option NOT_TAG = Command.Option.value("--not-tag", "TAG", "only cards without this tag (repeatable)");
    static final Command.Option FAVORITE = Command.Option.flag("--favorite", "only favourites");
    static final Command.Option SPEC = Command.Option.value("--spec", "V1|V2|V3", "only cards of these specs (v2,v3)");
    static final Command.Option LOREBOOK = Command.Option.flag("--has-lorebook", "only cards with a lorebook entry");
    static final Command.Option NO_LOREBOOK = Command.Option.flag("--no-lorebook", "only cards without a lorebook");
    static final Command.Option GREETINGS = Command.Option.value("--greetings", "RANGE",
            "alternate greetings count, as 1-5, 1- or -3");
    static final Command.Option TOKENS = Command.Option.value("--tokens", "RANGE",
            "permanent-prompt tokens, as 0-2000, 500- or -2000");
    static final Command.Option CREATOR = Command.Option.value("--creator", "NAME", "only this creator's cards (any case)");
    static final Command.Option FOLDER = Command.Option.value("--folder", "DIR",
            "only cards with a file in this library folder or a folder inside one");
    static final Command.Option ADDED = Command.Option.value("--added", "DATES",
            "added to the index in these days, as 2024-01-01..2024-06-30, 2024-01-01.. or ..2024-06-30");
    static final Command.Option FILE_DATE = Command.Option.value("--file-date", "DATES",
            "file modified in these days (as --added)");
    static final Command.Option UNREADABLE = Command.Option.flag("--unreadable", "only files that could not be read");
    static final Command.Option READABLE = Command.Option.flag("--readable", "leave out files that could not be read");
    static final Command.Option OFFLINE = Command.Option.flag("--offline", "only cards whose folder is offline");
    static final Command.Option COLLECTION = Command.Option.value("--collection", "NAME",
            "only the cards of this collection (a smart one: its saved filters, with these)");
    static final Command.Option NO_COLLECTION = Command.Option.flag("--no-collection", "only cards in no collection");
    static final Command.Option NO_USER_TAGS = Command.Option.flag("--no-user-tags", "only cards without your tags");

    static final List<Command.Option> ALL = List.of(SEARCH, TAG, NOT_TAG, FAVORITE, SPEC, LOREBOOK, NO_LOREBOOK,
            GREETINGS, TOKENS, CREATOR, FOLDER, ADDED, FILE_DATE, UNREADABLE, READABLE, OFFLINE, COLLECTION,
            NO_COLLECTION, NO_USER_TAGS);

    private QueryOptions() {
    }

    /** The query the options ask for; a bad value or an unknown collection is a {@link UsageException}. */
    static CardQuery read(Args a, Library library) throws UsageException {
        CardQuery q = CardQuery.ALL;
        String collection = a.value(COLLECTION.name());
        if (collection != null) {
            try {
                Collections.Info c = library.collections().get(collection);
                q = c.smart() ? c.view().query() : q.withCollection(c.id());
            } catch (CollectionException e) {
                throw new UsageException(COLLECTION.name() + ": " + e.getMessage());
            }
        }
        if (a.value(SEARCH.name()) != null) {
            String s = q.search().isEmpty() ? a.value(SEARCH.name()) : q.search() + " " + a.value(SEARCH.name());
            q = q.withSearch(s);
        }
        Set<String> tags = new LinkedHashSet<>(q.tags());
        tags.addAll(a.values(TAG.name()));
        Set<String> notTags = new LinkedHashSet<>(q.notTags());
        notTags.addAll(a.values(NOT_TAG.name()));
        q = q.withTags(tags, notTags);
        if (a.flag(FAVORITE.name())) {
            q = q.withFavoritesOnly(true);
        }
        if (a.value(SPEC.name()) != null) {
            q = q.withSpecs(specs(a.values(SPEC.name())));
        }
        if (a.flag(LOREBOOK.name()) && a.flag(NO_LOREBOOK.name())) {
            throw new UsageException("--has-lorebook and --no-lorebook exclude each other");
        }
        if (a.flag(LOREBOOK.name()) || a.flag(NO_LOREBOOK.name())) {
            q = q.withLorebook(a.flag(LOREBOOK.name()));
        }
        if (a.value(GREETINGS.name()) != null) {
            q = q.withGreetings(range(GREETINGS, a.value(GREETINGS.name())));
        }
        if (a.value(TOKENS.name()) != null) {
            q = q.withTokens(range(TOKENS, a.value(TOKENS.name())));
        }
        if (a.value(CREATOR.name()) != null) {
            q = q.withCreator(a.value(CREATOR.name()));
        }
        if (a.value(FOLDER.name()) != null) {
            q = q.withFolder(folder(a.value(FOLDER.name())));
        }
        if (a.value(ADDED.name()) != null) {
            q = q.withAdded(days(ADDED, a.value(ADDED.name())));
        }
        if (a.value(FILE_DATE.name()) != null) {
            q = q.withFileDate(days(FILE_DATE, a.value(FILE_DATE.name())));
        }
        if (a.flag(UNREADABLE.name()) && a.flag(READABLE.name())) {
            throw new UsageException("--unreadable and --readable exclude each other");
        }
        if (a.flag(UNREADABLE.name())) {
            q = q.withUnreadable(CardQuery.Unreadable.ONLY);
        } else if (a.flag(READABLE.name())) {
            q = q.withUnreadable(CardQuery.Unreadable.HIDE);
        }
        if (a.flag(OFFLINE.name())) {
            q = q.withOfflineOnly(true);
        }
        if (a.flag(NO_COLLECTION.name())) {
            q = q.withNoCollection(true);
        }
        if (a.flag(NO_USER_TAGS.name())) {
            q = q.withNoUserTags(true);
        }
        return q;
    }

    private static Set<Spec> specs(List<String> values) throws UsageException {
        Set<Spec> specs = EnumSet.noneOf(Spec.class);
        for (String v : values) {
            for (String part : v.split(",")) {
                String p = part.strip();
                Spec found = null;
                for (Spec s : Spec.values()) {
                    if (s.label().equalsIgnoreCase(p)) {
                        found = s;
                    }
                }
                if (found == null) {
                    throw new UsageException("--spec takes v1, v2 or v3 (or several, as v2,v3), not \"" + p + "\"");
                }
                specs.add(found);
            }
        }
        return specs;
    }

    private static CardQuery.Range range(Command.Option o, String text) throws UsageException {
        try {
            return CardQuery.Range.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException(o.name() + ": " + e.getMessage());
        }
    }

    private static Path folder(String text) throws UsageException {
        return LibraryArgs.path(text);
    }

    /** Whole days in this computer's time zone, both ends included. */
    static CardQuery.Range days(Command.Option o, String text) throws UsageException {
        int dots = text.indexOf("..");
        String from = (dots < 0 ? text : text.substring(0, dots)).strip();
        String to = (dots < 0 ? text : text.substring(dots + 2)).strip();
        if (from.isEmpty() && to.isEmpty()) {
            throw new UsageException(o.name() + " needs a day or days, as 2024-01-01..2024-06-30");
        }
        try {
            CardQuery.Range r = CardQuery.Range.days(from.isEmpty() ? null : LocalDate.parse(from),
                    to.isEmpty() ? null : LocalDate.parse(to), ZoneId.systemDefault());
            if (r == null) {
                throw new UsageException(o.name() + ": " + from + " is after " + to);
            }
            return r;
        } catch (DateTimeParseException e) {
            throw new UsageException(o.name() + ": \"" + e.getParsedString() + "\" is no day (write 2024-06-30)");
        }
    }
}
