package io.github.chargallery.gallery.view;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A V3 card with everything the editor's tabs show: greetings of both kinds, a lorebook with a field of its own. */
final class EditorCards {
    private EditorCards() {
    }

    static String v3Json(String name) {
        ObjectMapper m = new ObjectMapper();
        ObjectNode root = m.createObjectNode();
        root.put("spec", "chara_card_v3");
        root.put("spec_version", "3.0");
        ObjectNode d = root.putObject("data");
        d.put("name", name);
        d.put("nickname", "Nell");
        d.put("creator", "Ann");
        d.put("character_version", "2.1");
        d.put("description", "A lighthouse keeper on a cold coast.");
        d.put("personality", "patient");
        d.put("scenario", "A storm night.");
        d.put("first_mes", "The lamp is lit.");
        d.put("mes_example", "<START>\n{{char}}: Mind the stairs.");
        d.put("creator_notes", "Test card.");
        d.put("system_prompt", "Stay in character.");
        d.put("post_history_instructions", "Be brief.");
        d.putArray("alternate_greetings").add("Second greeting").add("Third greeting");
        d.putArray("group_only_greetings").add("Hello, all of you");
        d.putArray("tags").add("sea").add("calm");
        d.put("creation_date", 1700000000L);
        d.put("modification_date", 1700000000L);
        ObjectNode book = d.putObject("character_book");
        ArrayNode entries = book.putArray("entries");
        ObjectNode e1 = entries.addObject();
        e1.putArray("keys").add("lamp").add("light");
        e1.put("content", "The lamp burns whale oil.");
        e1.putObject("extensions").put("depth", 4);
        e1.put("enabled", true);
        e1.put("insertion_order", 100);
        e1.put("use_regex", false);
        e1.put("comment", "the lamp");
        e1.put("position", "before_char");
        e1.put("tool_private", "kept");
        ObjectNode e2 = entries.addObject();
        e2.putArray("keys").add("storm");
        e2.putArray("secondary_keys").add("night");
        e2.put("content", "Storms come from the west.");
        e2.putObject("extensions");
        e2.put("enabled", false);
        e2.put("insertion_order", 110);
        e2.put("use_regex", false);
        e2.put("name", "Storms");
        e2.put("selective", true);
        e2.put("constant", true);
        e2.put("position", "after_char");
        d.putObject("extensions").put("someone_elses", "value");
        return root.toString();
    }

    static Path write(Path dir, String file, String name) throws IOException {
        Files.createDirectories(dir);
        Path p = dir.resolve(file);
        Files.writeString(p, v3Json(name));
        return p;
    }
}
