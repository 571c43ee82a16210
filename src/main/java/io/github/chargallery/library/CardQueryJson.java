package io.github.chargallery.library;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.chargallery.card.FileNames;
import io.github.chargallery.card.Spec;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A smart collection's saved view as the index keeps it: the {@link CardQuery} and the sort, as JSON. A
 * field this version does not know is ignored and a missing one is "any", so a view saved by another
 * version still opens.
 */
public final class CardQueryJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** @param sort the view's sort as the window names it (e.g. "NAME asc"), "" for the default */
    public record SavedView(CardQuery query, String sort) {
        public SavedView {
            sort = sort == null ? "" : sort;
        }
    }

    private CardQueryJson() {
    }

    public static String write(SavedView view) {
        CardQuery q = view.query();
        ObjectNode o = MAPPER.createObjectNode();
        o.put("search", q.search());
        strings(o.putArray("tags"), q.tags());
        strings(o.putArray("not_tags"), q.notTags());
        o.put("favorites", q.favoritesOnly());
        ArrayNode specs = o.putArray("specs");
        q.specs().stream().sorted().forEach(s -> specs.add(s.label()));
        if (q.lorebook() != null) {
            o.put("lorebook", q.lorebook());
        }
        range(o, "greetings", q.greetings());
        range(o, "tokens", q.tokens());
        o.put("creator", q.creator());
        if (q.folder() != null) {
            o.put("folder", FileNames.text(q.folder()));
        }
        range(o, "added", q.added());
        range(o, "file_date", q.fileDate());
        o.put("unreadable", q.unreadable().name().toLowerCase(Locale.ROOT));
        o.put("offline", q.offlineOnly());
        o.put("collection", q.collection());
        o.put("no_collection", q.noCollection());
        o.put("no_user_tags", q.noUserTags());
        o.put("sort", view.sort());
        try {
            return MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @throws IllegalArgumentException when the text is not such JSON */
    public static SavedView read(String json) {
        JsonNode o;
        try {
            o = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the saved view is not JSON: " + e.getOriginalMessage());
        }
        if (o == null || !o.isObject()) {
            throw new IllegalArgumentException("the saved view is not a JSON object");
        }
        Set<Spec> specs = EnumSet.noneOf(Spec.class);
        for (JsonNode s : o.path("specs")) {
            for (Spec spec : Spec.values()) {
                if (spec.label().equalsIgnoreCase(s.asText())) {
                    specs.add(spec);
                }
            }
        }
        CardQuery.Unreadable unreadable = CardQuery.Unreadable.SHOW;
        for (CardQuery.Unreadable u : CardQuery.Unreadable.values()) {
            if (u.name().equalsIgnoreCase(o.path("unreadable").asText())) {
                unreadable = u;
            }
        }
        CardQuery q = new CardQuery(o.path("search").asText(""), strings(o.path("tags")), strings(o.path("not_tags")),
                o.path("favorites").asBoolean(false), specs,
                o.path("lorebook").isBoolean() ? o.path("lorebook").asBoolean() : null,
                range(o.path("greetings")), range(o.path("tokens")), o.path("creator").asText(""),
                o.hasNonNull("folder") ? FileNames.path(o.path("folder").asText()) : null, range(o.path("added")),
                range(o.path("file_date")), unreadable, o.path("offline").asBoolean(false),
                o.path("collection").asLong(0), o.path("no_collection").asBoolean(false),
                o.path("no_user_tags").asBoolean(false));
        return new SavedView(q, o.path("sort").asText(""));
    }

    private static void strings(ArrayNode a, Set<String> values) {
        values.forEach(a::add);
    }

    private static Set<String> strings(JsonNode a) {
        Set<String> out = new LinkedHashSet<>();
        a.forEach(t -> out.add(t.asText()));
        return out;
    }

    private static void range(ObjectNode o, String name, CardQuery.Range r) {
        if (r != null) {
            ArrayNode a = o.putArray(name);
            a.add(r.min());
            a.add(r.max());
        }
    }

    private static CardQuery.Range range(JsonNode a) {
        if (!a.isArray() || a.size() != 2 || a.get(0).asLong() > a.get(1).asLong()) {
            return null;
        }
        return new CardQuery.Range(a.get(0).asLong(), a.get(1).asLong());
    }
}
