package io.github.chargallery.library.dupes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.chargallery.card.Card;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the duplicates view compares about a card, taken when the index reads it (the card files are not
 * read again to find duplicates).
 *
 * @param canonical SHA-256 of the card JSON with keys sorted and whitespace dropped: the same card in a PNG,
 *                  a JSON and a CHARX file written by different tools has the same value
 * @param fields    per text field, its length in characters and a hash of its text, in a fixed order
 */
public record CardFacts(String canonical, String version, int greetings, int lorebookEntries, Long created,
                        Long modified, Map<String, Field> fields) {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** The text fields compared, in the order a user reads a card. */
    public static final List<String> FIELDS = List.of("description", "personality", "scenario", "first_mes",
            "mes_example", "system_prompt", "post_history_instructions", "creator_notes", "alternate_greetings", "tags");

    public CardFacts {
        fields = Map.copyOf(fields);
    }

    /** A text field's size and a 32-bit hash of its text (enough to tell changed from unchanged). */
    public record Field(int chars, int hash) {
    }

    public static CardFacts of(Card card) {
        Map<String, Field> fields = new LinkedHashMap<>();
        List<String> texts = texts(card);
        for (int i = 0; i < FIELDS.size(); i++) {
            String t = Objects.requireNonNullElse(texts.get(i), "");
            fields.put(FIELDS.get(i), new Field(t.length(), t.hashCode()));
        }
        return new CardFacts(canonicalHash(card), card.characterVersion(), card.alternateGreetingCount(),
                card.lorebookEntries(), card.creationDate(), card.modificationDate(), fields);
    }

    static List<String> texts(Card c) {
        List<String> t = new ArrayList<>();
        t.add(c.description());
        t.add(c.personality());
        t.add(c.scenario());
        t.add(c.firstMessage());
        t.add(c.messageExamples());
        t.add(c.systemPrompt());
        t.add(c.postHistoryInstructions());
        t.add(c.creatorNotes());
        t.add(String.join("\u0000", c.alternateGreetings()));
        t.add(String.join("\u0000", c.tags()));
        return t;
    }

    /** The fields as one line for the index: {@code name:chars:hash;...}. */
    public String fieldsText() {
        StringBuilder sb = new StringBuilder();
        for (String f : FIELDS) {
            Field v = fields.get(f);
            if (v != null) {
                sb.append(f).append(':').append(v.chars()).append(':').append(Integer.toHexString(v.hash())).append(';');
            }
        }
        return sb.toString();
    }

    public static Map<String, Field> parseFields(String text) {
        Map<String, Field> out = new LinkedHashMap<>();
        if (text == null) {
            return out;
        }
        for (String part : text.split(";")) {
            String[] p = part.split(":");
            if (p.length == 3) {
                try {
                    out.put(p[0], new Field(Integer.parseInt(p[1]), Integer.parseUnsignedInt(p[2], 16)));
                } catch (NumberFormatException e) {
                    // a damaged entry is left out: that field then counts as unknown
                }
            }
        }
        return out;
    }

    /** SHA-256 of the canonical JSON (sorted keys, no whitespace); of the raw text when it is not JSON. */
    static String canonicalHash(Card card) {
        String text = card.json() != null ? card.json() : card.toString();
        String canonical;
        try {
            StringBuilder sb = new StringBuilder(text.length());
            write(MAPPER.readTree(text), sb);
            canonical = sb.toString();
        } catch (JsonProcessingException | RuntimeException e) {
            canonical = text;
        }
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(JsonNode n, StringBuilder sb) throws JsonProcessingException {
        if (n.isObject()) {
            List<String> keys = new ArrayList<>();
            for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
                keys.add(it.next());
            }
            keys.sort(null);
            sb.append('{');
            for (int i = 0; i < keys.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                sb.append(MAPPER.writeValueAsString(keys.get(i))).append(':');
                write(n.get(keys.get(i)), sb);
            }
            sb.append('}');
        } else if (n.isArray()) {
            sb.append('[');
            for (int i = 0; i < n.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                write(n.get(i), sb);
            }
            sb.append(']');
        } else {
            sb.append(MAPPER.writeValueAsString(n));
        }
    }
}
