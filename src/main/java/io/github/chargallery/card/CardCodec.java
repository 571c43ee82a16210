package io.github.chargallery.card;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * PLACEHOLDER: reads plain V1/V2/V3 JSON only, so the library can be built against the API while
 * the full codec (PNG chunks, CHARX, leniency, limits, writers) is written. Replaced by the codec work.
 */
final class CardCodec implements CardReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public CardFile read(Path file) throws CardFormatException {
        CardFile.Format format = CardFile.Format.of(file);
        if (format != CardFile.Format.JSON) {
            throw new CardFormatException(file, CardFormatException.Kind.UNSUPPORTED, "not supported yet");
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CardFormatException(file, CardFormatException.Kind.IO, "cannot read file: " + e.getMessage(), e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (IOException e) {
            throw new CardFormatException(file, CardFormatException.Kind.NOT_JSON, "not JSON", e);
        }
        if (root == null || !root.isObject()) {
            throw new CardFormatException(file, CardFormatException.Kind.NOT_A_CARD, "JSON is not a card object");
        }
        String specText = root.path("spec").asText("");
        Spec spec = specText.equals("chara_card_v3") ? Spec.V3 : specText.equals("chara_card_v2") ? Spec.V2 : Spec.V1;
        JsonNode d = spec == Spec.V1 ? root : root.path("data");
        List<String> warnings = new ArrayList<>();
        String name = d.path("name").asText("");
        if (name.isBlank()) {
            name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
            warnings.add("card has no name; using the file name");
        }
        List<String> tags = new ArrayList<>();
        d.path("tags").forEach(t -> tags.add(t.asText()));
        List<String> greetings = new ArrayList<>();
        d.path("alternate_greetings").forEach(t -> greetings.add(t.asText()));
        Card card = new Card(spec, name, d.path("nickname").asText(null), d.path("creator").asText(""), tags,
                d.path("character_version").asText(""), d.path("description").asText(""),
                d.path("personality").asText(""), d.path("scenario").asText(""), d.path("first_mes").asText(""),
                d.path("mes_example").asText(""), d.path("creator_notes").asText(""),
                d.path("system_prompt").asText(""), d.path("post_history_instructions").asText(""), greetings,
                List.of(), d.path("character_book").path("entries").size(), null, null, text);
        return new CardFile(file, format, card, warnings);
    }
}
