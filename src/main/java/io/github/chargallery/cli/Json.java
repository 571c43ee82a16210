package io.github.chargallery.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.List;

/** Small JSON helpers for the library commands (Jackson tree model, one shared mapper). */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array(List<String> values) {
        ArrayNode a = MAPPER.createArrayNode();
        values.forEach(a::add);
        return a;
    }

    static String text(Object node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A JSON array written one element per line, so it is both valid JSON and easy to grep. */
    static void printLines(List<?> nodes, PrintStream out) {
        if (nodes.isEmpty()) {
            out.println("[]");
            return;
        }
        out.println("[");
        for (int i = 0; i < nodes.size(); i++) {
            out.println(text(nodes.get(i)) + (i + 1 < nodes.size() ? "," : ""));
        }
        out.println("]");
    }
}
