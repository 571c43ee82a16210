package io.github.chargallery.card;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.core.util.Separators.Spacing;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.StringWriter;

/**
 * Card JSON read into a tree and written back without losing what the user did not change: numbers
 * keep their digits (1.10 stays 1.10, big integers stay whole), key order is kept, and the text is
 * laid out the way the original was (compact, or indented with its indent and its "key": spacing).
 */
record JsonText(boolean pretty, String indent, String newline, Spacing colon, Spacing comma, boolean finalNewline) {
    static final ObjectMapper LOSSLESS = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
            .build();

    /** How JSON.stringify(card) writes: what a chunk or a new file gets. */
    static final JsonText COMPACT = new JsonText(false, "", "\n", Spacing.NONE, Spacing.NONE, false);
    /** JSON.stringify(card, null, 2): how a new .json file is laid out. */
    static final JsonText INDENTED = new JsonText(true, "  ", "\n", Spacing.AFTER, Spacing.NONE, true);

    static JsonNode parse(String json) throws IOException {
        return LOSSLESS.readTree(json.startsWith("\uFEFF") ? json.substring(1) : json);
    }

    /** The layout of {@code json} (a card object), guessed from its first key. */
    static JsonText of(String json) {
        int open = json.indexOf('{');
        int quote = open < 0 ? -1 : json.indexOf('"', open);
        if (quote < 0) {
            return COMPACT;
        }
        String between = json.substring(open + 1, quote);
        String newline = json.contains("\r\n") ? "\r\n" : "\n";
        boolean finalNewline = json.endsWith("\n");
        int keyEnd = endOfString(json, quote);
        Spacing colon = Spacing.NONE;
        if (keyEnd > 0) {
            boolean before = keyEnd + 1 < json.length() && json.charAt(keyEnd + 1) == ' ';
            int c = json.indexOf(':', keyEnd);
            boolean after = c >= 0 && c + 1 < json.length() && json.charAt(c + 1) == ' ';
            colon = before && after ? Spacing.BOTH : after ? Spacing.AFTER : before ? Spacing.BEFORE : Spacing.NONE;
        }
        if (between.indexOf('\n') >= 0) {
            String indent = between.substring(between.lastIndexOf('\n') + 1);
            return new JsonText(true, indent.isEmpty() ? "  " : indent, newline, colon, Spacing.NONE, finalNewline);
        }
        // Python's json.dumps writes {"a": 1, "b": 2} on one line.
        Spacing comma = json.contains("\", \"") ? Spacing.AFTER : Spacing.NONE;
        return new JsonText(false, "", newline, colon, comma, finalNewline);
    }

    private static int endOfString(String s, int quote) {
        for (int i = quote + 1; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\\') {
                i++;
            } else if (ch == '"') {
                return i;
            }
        }
        return -1;
    }

    String write(JsonNode tree) {
        Separators seps = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(colon)
                .withObjectEntrySpacing(comma)
                .withArrayValueSpacing(comma)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(seps);
        if (pretty) {
            DefaultIndenter in = new DefaultIndenter(indent, newline);
            printer.indentObjectsWith(in);
            printer.indentArraysWith(in);
        } else {
            printer.indentObjectsWith(new DefaultPrettyPrinter.NopIndenter());
            printer.indentArraysWith(new DefaultPrettyPrinter.NopIndenter());
        }
        StringWriter out = new StringWriter();
        try (JsonGenerator g = LOSSLESS.getFactory().createGenerator(out)) {
            g.setPrettyPrinter(printer);
            LOSSLESS.writeTree(g, tree);
        } catch (IOException e) {
            throw new IllegalStateException("writing JSON to memory failed", e);
        }
        return finalNewline ? out + newline : out.toString();
    }
}
