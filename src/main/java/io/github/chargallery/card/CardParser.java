package io.github.chargallery.card;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.chargallery.card.CardFormatException.Kind;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Card JSON (any spec) to the normalized {@link Card}. Lenient where real files are sloppy: each
 * coercion adds a warning; strict only where the JSON is not a card at all.
 */
final class CardParser {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private static final List<String> V1_FIELDS =
            List.of("description", "personality", "scenario", "first_mes", "mes_example");
    private static final List<String> V2_FIELDS = List.of("description", "personality", "scenario", "first_mes",
            "mes_example", "creator_notes", "system_prompt", "post_history_instructions", "alternate_greetings",
            "tags", "creator", "character_version", "extensions");
    /** Seconds beyond this (year ~5138) can only be milliseconds (1973 onwards). */
    private static final long MILLIS_THRESHOLD = 100_000_000_000L;

    private CardParser() {
    }

    /**
     * @param source what held the JSON, for messages ("chara chunk", "card.json", "file")
     * @param fallbackName used (with a warning) when the card has no name
     */
    static Card parse(Path file, String source, String json, String fallbackName, List<String> warnings)
            throws CardFormatException {
        if (json.startsWith("\uFEFF")) {
            json = json.substring(1);
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            String what = e.getOriginalMessage() == null ? "syntax error" : e.getOriginalMessage();
            throw new CardFormatException(file, Kind.NOT_JSON,
                    source + " is not JSON: " + what.lines().findFirst().orElse(what) + where, e);
        }
        if (root == null || root.isMissingNode()) {
            throw new CardFormatException(file, Kind.NOT_JSON, source + " is empty, not JSON");
        }
        if (!root.isObject()) {
            throw new CardFormatException(file, Kind.NOT_A_CARD,
                    source + " holds a JSON " + root.getNodeType().name().toLowerCase() + ", not a card object");
        }
        String specText = root.path("spec").isTextual() ? root.get("spec").asText() : null;
        JsonNode data = root.get("data");
        boolean hasData = data != null && data.isObject();
        boolean flatCard = hasCardField(root);
        Spec spec;
        JsonNode d;
        if ("chara_card_v3".equals(specText) || "chara_card_v2".equals(specText)) {
            spec = specText.equals("chara_card_v3") ? Spec.V3 : Spec.V2;
            d = data;
            if (!hasData) {
                if (!flatCard) {
                    throw new CardFormatException(file, Kind.NOT_A_CARD,
                            source + " says spec " + specText + " but has no data object");
                }
                warnings.add("spec " + specText + " without a data object; read the top-level fields as V1");
                spec = Spec.V1;
                d = root;
            }
        } else if (hasData && hasCardField(data)) {
            String version = root.path("spec_version").asText("");
            spec = version.startsWith("3") || (specText != null && specText.contains("v3")) ? Spec.V3 : Spec.V2;
            warnings.add((specText == null ? "no spec field" : "unknown spec \"" + specText + "\"")
                    + "; read the data object as " + spec.name());
            d = data;
        } else if (flatCard) {
            spec = Spec.V1;
            d = root;
        } else {
            throw new CardFormatException(file, Kind.NOT_A_CARD,
                    source + " is JSON but not a character card (no name, description, first_mes or data)");
        }
        return new Fields(d, spec, warnings).card(json, fallbackName);
    }

    private static boolean hasCardField(JsonNode n) {
        if (n.has("name")) {
            return true;
        }
        for (String f : V1_FIELDS) {
            if (n.has(f)) {
                return true;
            }
        }
        return false;
    }

    /** Reads the fields of one card object, collecting the coercions as warnings. */
    private static final class Fields {
        private final JsonNode d;
        private final Spec spec;
        private final List<String> warnings;
        private final List<String> missing = new ArrayList<>();

        Fields(JsonNode d, Spec spec, List<String> warnings) {
            this.d = d;
            this.spec = spec;
            this.warnings = warnings;
        }

        Card card(String json, String fallbackName) {
            String name = text("name").strip();
            if (name.isEmpty()) {
                name = fallbackName;
                warnings.add("card has no name; using the file name \"" + fallbackName + "\"");
            }
            String nickname = d.hasNonNull("nickname") ? text("nickname") : null;
            Card card = new Card(spec, name, nickname, text("creator"), tags(), text("character_version"),
                    text("description"), text("personality"), text("scenario"), text("first_mes"),
                    text("mes_example"), text("creator_notes"), text("system_prompt"),
                    text("post_history_instructions"), greetings("alternate_greetings"),
                    greetings("group_only_greetings"), lorebookEntries(), date("creation_date"),
                    date("modification_date"), json);
            checkRequired();
            if (!missing.isEmpty()) {
                warnings.add("missing fields read as empty: " + String.join(", ", missing));
            }
            return card;
        }

        private void checkRequired() {
            List<String> required = new ArrayList<>(spec == Spec.V1 ? V1_FIELDS : V2_FIELDS);
            if (spec == Spec.V3) {
                required.add("group_only_greetings");
            }
            for (String f : required) {
                if (!d.hasNonNull(f) && !missing.contains(f)) {
                    missing.add(f);
                }
            }
        }

        private String text(String field) {
            JsonNode n = d.get(field);
            if (n == null || n.isNull()) {
                return "";
            }
            if (n.isTextual()) {
                return n.asText();
            }
            if (n.isValueNode()) {
                warnings.add(field + " is a " + n.getNodeType().name().toLowerCase() + "; read as text");
                return n.asText();
            }
            warnings.add(field + " is a JSON " + n.getNodeType().name().toLowerCase() + ", not text; ignored");
            return "";
        }

        private List<String> tags() {
            JsonNode n = d.get("tags");
            if (n != null && n.isTextual()) {
                List<String> tags = new ArrayList<>();
                for (String t : n.asText().split(",")) {
                    if (!t.isBlank()) {
                        tags.add(t.strip());
                    }
                }
                warnings.add("tags is a comma-separated string; split into " + tags.size() + " tags");
                return tags;
            }
            return list("tags", n);
        }

        private List<String> greetings(String field) {
            JsonNode n = d.get(field);
            if (n != null && n.isTextual()) {
                warnings.add(field + " is a single string; read as one greeting");
                return n.asText().isBlank() ? List.of() : List.of(n.asText());
            }
            return list(field, n);
        }

        private List<String> list(String field, JsonNode n) {
            List<String> out = new ArrayList<>();
            if (n == null || n.isNull()) {
                return out;
            }
            if (!n.isArray()) {
                warnings.add(field + " is a " + n.getNodeType().name().toLowerCase() + ", not a list; ignored");
                return out;
            }
            boolean odd = false;
            for (JsonNode e : n) {
                if (e.isTextual() || e.isNumber() || e.isBoolean()) {
                    out.add(e.asText());
                } else if (!e.isNull()) {
                    odd = true;
                }
            }
            if (odd) {
                warnings.add(field + " holds items that are not text; skipped them");
            }
            return out;
        }

        private int lorebookEntries() {
            if (!d.has("character_book")) {
                return 0;
            }
            JsonNode book = d.get("character_book");
            if (book.isNull()) {
                warnings.add("character_book is null; read as no lorebook");
                return 0;
            }
            if (!book.isObject()) {
                warnings.add("character_book is a " + book.getNodeType().name().toLowerCase()
                        + ", not an object; read as no lorebook");
                return 0;
            }
            JsonNode entries = book.get("entries");
            if (entries == null || entries.isNull()) {
                warnings.add("character_book has no entries list; read as empty");
                return 0;
            }
            if (entries.isObject()) {
                warnings.add("character_book.entries is an object, not a list; counted its " + entries.size() + " values");
                return entries.size();
            }
            if (!entries.isArray()) {
                warnings.add("character_book.entries is not a list; read as empty");
                return 0;
            }
            return entries.size();
        }

        private Long date(String field) {
            JsonNode n = d.get(field);
            if (n == null || n.isNull()) {
                return null;
            }
            long value;
            if (n.isNumber()) {
                value = n.asLong();
            } else if (n.isTextual() && n.asText().strip().matches("-?\\d{1,19}")) {
                value = Long.parseLong(n.asText().strip());
                warnings.add(field + " is text; read as a number");
            } else if (n.isTextual()) {
                try {
                    value = Instant.parse(n.asText().strip()).getEpochSecond();
                    warnings.add(field + " is a date string; converted to seconds");
                    return value;
                } catch (DateTimeParseException e) {
                    warnings.add(field + " \"" + n.asText() + "\" is not a date; ignored");
                    return null;
                }
            } else {
                warnings.add(field + " is not a number; ignored");
                return null;
            }
            if (Math.abs(value) >= MILLIS_THRESHOLD) {
                warnings.add(field + " is in milliseconds; converted to seconds");
                value /= 1000;
            }
            return value;
        }
    }
}
