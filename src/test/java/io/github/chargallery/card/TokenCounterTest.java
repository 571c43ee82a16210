package io.github.chargallery.card;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import io.github.chargallery.testing.CardJson;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The counts are jtokkit's cl100k counts, over exactly the fields the issue names. */
class TokenCounterTest {
    // The expectation comes from the library itself, built independently of TokenCounter's instance.
    private static final Encoding CL100K = Encodings.newDefaultEncodingRegistry().getEncoding(EncodingType.CL100K_BASE);

    private static final String TEXT = "Seraphina tends the glade; she speaks softly — «bienvenue», 你好, 🌿.";

    @Test
    void countsAKnownStringAsJtokkitDoes() {
        assertThat(TokenCounter.count(TEXT)).isEqualTo(CL100K.encode(TEXT).size()).isPositive();
        assertThat(TokenCounter.count("")).isZero();
        assertThat(TokenCounter.count(null)).isZero();
    }

    @Test
    void aLongTextCountedInChunksCountsExactlyAsAWhole() {
        String text = String.join(" ", java.util.Collections.nCopies(TokenCounter.CHUNK / 10, TEXT));
        assertThat(text.length()).isGreaterThan(3 * TokenCounter.CHUNK);
        assertThat(TokenCounter.count(text)).isEqualTo(CL100K.encode(text).size());
    }

    @Test
    void aHugeRunWithoutSpacesIsCountedInLittleMemory() {
        // 10 MB in one piece would need gigabytes counted whole (HostileCorpusIndexTest scans it in 256 MB).
        int n = TokenCounter.count("y".repeat(10 * 1024 * 1024));
        assertThat(n).isPositive().isLessThan(10 * 1024 * 1024);
    }

    @Test
    void aSpecialTokenInCardTextIsCountedAsText() {
        String text = "Stop at <|endoftext|> please";
        assertThat(TokenCounter.count(text)).isEqualTo(CL100K.encodeOrdinary(text).size());
    }

    @Test
    void permanentIsTheSumOfExactlyTheFivePromptFields() throws Exception {
        ObjectNode card = card();
        int expected = 0;
        for (String field : List.of("description", "personality", "scenario", "system_prompt", "mes_example")) {
            expected += CL100K.encode(((ObjectNode) card.get("data")).get(field).asText()).size();
        }
        TokenCounter.Counts counts = TokenCounter.of(read(card));

        assertThat(counts.permanent()).isEqualTo(expected);
        assertThat(counts.firstMessage()).isEqualTo(CL100K.encode(data(card).get("first_mes").asText()).size());
    }

    @Test
    void changingScenarioChangesPermanentByThatFieldsCountAndNothingElse() throws Exception {
        ObjectNode card = card();
        TokenCounter.Counts before = TokenCounter.of(read(card));
        String longer = "A moonlit harbour where the ferry never leaves, and the gulls argue about poetry.";
        String old = data(card).get("scenario").asText();
        data(card).put("scenario", longer);
        TokenCounter.Counts after = TokenCounter.of(read(card));

        assertThat(after.permanent() - before.permanent()).isEqualTo(CL100K.encode(longer).size() - CL100K.encode(old).size());
        assertThat(after.firstMessage()).isEqualTo(before.firstMessage());
    }

    @Test
    void fieldsOutsideThePermanentPromptDoNotCount() throws Exception {
        ObjectNode card = card();
        int before = TokenCounter.of(read(card)).permanent();
        data(card).put("creator_notes", "Many more words the model never sees in the prompt.");
        data(card).put("post_history_instructions", "Stay in character, always, whatever happens.");
        data(card).put("first_mes", "A much longer greeting than before, to be sure it is not counted.");

        assertThat(TokenCounter.of(read(card)).permanent()).isEqualTo(before);
    }

    @Test
    void countsAreTheSameFromManyThreadsAtOnce() {
        int alone = TokenCounter.count(TEXT.repeat(50));
        assertThat(IntStream.range(0, 64).parallel().map(i -> TokenCounter.count(TEXT.repeat(50))).distinct().toArray())
                .containsExactly(alone);
    }

    private static ObjectNode card() throws Exception {
        ObjectNode card = (ObjectNode) new ObjectMapper().readTree(CardJson.v2("Mira", "Ann", List.of(), "A lighthouse keeper."));
        data(card).put("system_prompt", "You are Mira. Write in the third person.");
        data(card).put("mes_example", "<START>\n{{user}}: Any ships?\n{{char}}: Only the one in the bottle.");
        return card;
    }

    private static ObjectNode data(ObjectNode card) {
        return (ObjectNode) card.get("data");
    }

    private static Card read(ObjectNode card) throws CardFormatException {
        return Card.fromJson(card.toString(), "Mira");
    }
}
