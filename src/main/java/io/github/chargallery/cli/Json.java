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
        LineArray a = new LineArray(out);
        nodes.forEach(a::add);
        a.end();
    }

    /**
     * The same array written as its elements come: nothing but the current element is held in memory.
     * Only {@link #end} closes the array, so output cut short by a failure is not valid JSON.
     */
    static final class LineArray {
        private final PrintStream out;
        private boolean first = true;

        LineArray(PrintStream out) {
            this.out = out;
        }

        void add(Object node) {
            out.print(first ? "[\n" : ",\n");
            out.print(text(node));
            first = false;
        }

        void end() {
            out.println(first ? "[]" : "\n]");
        }
    }
}
