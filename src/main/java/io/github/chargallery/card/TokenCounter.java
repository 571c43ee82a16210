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

    /** Chars counted at once: a few MB of jtokkit's working memory at most, whatever the text. */
    static final int CHUNK = 64 * 1024;

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
        if (text == null || text.isEmpty()) {
            return 0;
        }
        int total = 0;
        for (int start = 0, end; start < text.length(); start = end) {
            end = splitPoint(text, start);
            total += ENCODING.countTokensOrdinary(text.substring(start, end));
        }
        return total;
    }

    /**
     * Where the chunk from {@code start} ends. jtokkit's memory grows with the longest run of text without
     * a space (10 MB of one letter needs gigabytes), so long text is counted in chunks of at most
     * {@link #CHUNK} chars, each ending before a single space between two words: cl100k never joins
     * anything across such a space but the space to the next word, so the sum is the exact count. Only a
     * run with no such space for half a chunk is cut hard, off by a token or so, where exact was unaffordable.
     */
    private static int splitPoint(String text, int start) {
        int limit = start + CHUNK;
        if (limit >= text.length()) {
            return text.length();
        }
        for (int i = limit; i > start + CHUNK / 2; i--) {
            if (text.charAt(i) == ' ' && !Character.isWhitespace(text.charAt(i - 1))
                    && !Character.isWhitespace(text.charAt(i + 1))) {
                return i;
            }
        }
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit; // never halve a surrogate pair
    }

    /** Permanent = description + personality + scenario + system prompt + example messages, each counted. */
    public static Counts of(Card card) {
        int permanent = count(card.description()) + count(card.personality()) + count(card.scenario())
                + count(card.systemPrompt()) + count(card.messageExamples());
        return new Counts(permanent, count(card.firstMessage()));
    }
}
