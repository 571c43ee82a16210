package io.github.chargallery.library;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SillyTavern's tags, read from the user's {@code settings.json}: {@code "tags": [{"id", "name", ...}]} and
 * {@code "tag_map": {"<avatar>.png": ["<tag id>", ...]}}. Read only: SillyTavern keeps the settings in memory
 * and rewrites the file, so anything written here would be lost or, worse, clash with its own write.
 *
 * @param byAvatar tag names per avatar file name, in tag_map's order (ids without a tag are left out)
 * @param problem  why the file could not be read (null when it was, or is simply absent)
 */
public record SillyTavernTags(Map<String, List<String>> byAvatar, String problem) {
    static final SillyTavernTags NONE = new SillyTavernTags(Map.of(), null);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public SillyTavernTags {
        byAvatar = Map.copyOf(byAvatar);
    }

    public List<String> of(String avatar) {
        return byAvatar.getOrDefault(avatar, List.of());
    }

    /** Reads the two keys and skips the rest of the file (it holds every setting, often megabytes). */
    public static SillyTavernTags read(Path settings) {
        JsonNode tags = null;
        JsonNode tagMap = null;
        try (InputStream in = Files.newInputStream(settings);
             JsonParser p = new JsonFactory().setCodec(MAPPER).createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return new SillyTavernTags(Map.of(), settings + " is not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (field.equals("tags")) {
                    tags = p.readValueAsTree();
                } else if (field.equals("tag_map")) {
                    tagMap = p.readValueAsTree();
                } else {
                    p.skipChildren();
                }
            }
        } catch (NoSuchFileException e) {
            return NONE;
        } catch (IOException | RuntimeException e) {
            return new SillyTavernTags(Map.of(), "cannot read SillyTavern's tags from " + settings + ": "
                    + e.getMessage());
        }
        return of(tags, tagMap);
    }

    private static SillyTavernTags of(JsonNode tags, JsonNode tagMap) {
        Map<String, String> names = new HashMap<>();
        if (tags != null && tags.isArray()) {
            for (JsonNode t : tags) {
                JsonNode id = t.get("id");
                JsonNode name = t.get("name");
                if (id != null && id.isValueNode() && name != null && name.isTextual() && !name.asText().isBlank()) {
                    names.put(id.asText(), name.asText().strip());
                }
            }
        }
        Map<String, List<String>> byAvatar = new HashMap<>();
        if (tagMap != null && tagMap.isObject()) {
            tagMap.fields().forEachRemaining(e -> {
                if (!e.getValue().isArray()) {
                    return;
                }
                Set<String> shown = new LinkedHashSet<>();
                for (JsonNode id : e.getValue()) {
                    String n = id.isValueNode() ? names.get(id.asText()) : null;
                    if (n != null) {
                        shown.add(n);
                    }
                }
                if (!shown.isEmpty()) {
                    byAvatar.put(e.getKey(), List.copyOf(new ArrayList<>(shown)));
                }
            });
        }
        return new SillyTavernTags(byAvatar, null);
    }
}
