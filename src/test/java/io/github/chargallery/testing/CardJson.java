package io.github.chargallery.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The V2 card JSON the tests write: every field a real V2 card has, with values tests can look for. */
public final class CardJson {
    private static final ObjectMapper M = new ObjectMapper();

    private CardJson() {
    }

    public static String v2(String name, String creator, List<String> tags, String description) {
        ObjectNode root = M.createObjectNode();
        root.put("spec", "chara_card_v2");
        root.put("spec_version", "2.0");
        ObjectNode d = root.putObject("data");
        d.put("name", name);
        d.put("description", description);
        d.put("personality", "curious");
        d.put("scenario", "A quiet library.");
        d.put("first_mes", "Hello, I am " + name + ".");
        d.put("mes_example", "");
        d.put("creator_notes", "Made for tests.");
        d.put("system_prompt", "");
        d.put("post_history_instructions", "");
        d.putArray("alternate_greetings").add("Hi again");
        tags.forEach(d.putArray("tags")::add);
        d.put("creator", creator);
        d.put("character_version", "1.0");
        d.putObject("extensions");
        return root.toString();
    }
}
