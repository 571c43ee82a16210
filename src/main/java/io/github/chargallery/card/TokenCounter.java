package io.github.chargallery.card;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;

/**
 * Real token counts of a card's text with OpenAI's cl100k_base BPE (jtokkit). No tokenizer matches every
 * model a card is used with (Claude, Llama, Mistral each have their own); cl100k is the widely used yardstick
 * for card budgets, so the UI names it ("tokens (cl100k)") rather than passing the count off as exact.
 * The encoding is built once (it loads a 100k-entry table) and jtokkit's encodings are thread-safe, so
 * the sync's parse pool shares it.
 */
public final class TokenCounter {
    /** The tokenizer's short name as the UI and {@code inspect} show it. */
    public static final String NAME = "cl100k";

    private static final Encoding ENCODING = Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.CL100K_BASE);

    /** A card's two counts: what is always in the prompt, and the first message. */
    public record Counts(int permanent, int firstMessage) {
    }

    private TokenCounter() {
    }

    /**
     * Tokens of one text; null counts 0. Special-token strings such as {@code <|endoftext|>} in a card are
     * counted as ordinary text: a card is text the user pasted, not a control sequence.
     */
    public static int count(String text) {
        return text == null || text.isEmpty() ? 0 : ENCODING.countTokensOrdinary(text);
    }

    /** Permanent = description + personality + scenario + system prompt + example messages, each counted. */
    public static Counts of(Card card) {
        int permanent = count(card.description()) + count(card.personality()) + count(card.scenario())
                + count(card.systemPrompt()) + count(card.messageExamples());
        return new Counts(permanent, count(card.firstMessage()));
    }
}
