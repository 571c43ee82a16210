package io.github.chargallery.card;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;

/** Card JSON for tests: complete, valid cards of each spec that tests then bend. */
final class TestCards {
    static final ObjectMapper M = new ObjectMapper();

    private TestCards() {
    }

    static ObjectNode v1(String name) {
        ObjectNode o = M.createObjectNode();
        o.put("name", name);
        o.put("description", "A tall knight.");
        o.put("personality", "stern");
        o.put("scenario", "A castle.");
        o.put("first_mes", "Halt!");
        o.put("mes_example", "<START>");
        return o;
    }

    static ObjectNode v2(String name) {
        ObjectNode root = M.createObjectNode();
        root.put("spec", "chara_card_v2");
        root.put("spec_version", "2.0");
        ObjectNode d = v1(name);
        d.put("creator_notes", "notes");
        d.put("system_prompt", "");
        d.put("post_history_instructions", "");
        d.putArray("alternate_greetings").add("Hello there");
        d.putArray("tags").add("fantasy").add("knight");
        d.put("creator", "Maker");
        d.put("character_version", "1.2");
        d.putObject("extensions").putObject("some_app").put("favorite", true);
        root.set("data", d);
        return root;
    }

    static ObjectNode v3(String name) {
        ObjectNode root = v2(name);
        root.put("spec", "chara_card_v3");
        root.put("spec_version", "3.0");
        ObjectNode d = (ObjectNode) root.get("data");
        d.put("nickname", "Sir " + name);
        d.putArray("group_only_greetings").add("Hello, all");
        d.put("creation_date", 1_700_000_000L);
        d.put("modification_date", 1_700_000_500L);
        d.putArray("assets").addObject().put("type", "icon").put("uri", "ccdefault:").put("name", "main").put("ext", "png");
        ObjectNode book = d.putObject("character_book");
        book.putArray("entries").addObject().put("content", "lore 1").putArray("keys").add("castle");
        ((com.fasterxml.jackson.databind.node.ArrayNode) book.get("entries")).addObject().put("content", "lore 2");
        return root;
    }

    static ObjectNode data(ObjectNode card) {
        return (ObjectNode) card.get("data");
    }

    static String json(ObjectNode card) {
        return card.toString();
    }

    static CardFile read(Path file) throws CardFormatException {
        return CardReader.standard().read(file);
    }
}
