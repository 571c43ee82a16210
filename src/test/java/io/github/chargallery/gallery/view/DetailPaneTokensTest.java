package io.github.chargallery.gallery.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chargallery.library.CardSummary;
import io.github.chargallery.testing.FakeLibrary;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The detail pane names the tokenizer with the counts, and says when a card is not counted yet. */
class DetailPaneTokensTest {
    @Test
    void showsBothCountsWithTheTokenizer() {
        CardSummary c = FakeLibrary.card(109, "Mira", "Ann", List.of()); // 1,090 permanent, 109 first message
        assertThat(DetailPane.tokens(c)).isEqualTo("1,090 / 109 tokens (cl100k)");
    }

    @Test
    void aCardFromAnOlderIndexSaysWhenItWillBeCounted() {
        CardSummary c = FakeLibrary.card(1, "Mira", "Ann", List.of());
        CardSummary old = new CardSummary(c.id(), c.name(), c.creator(), c.tags(), c.userTags(), c.spec(), false,
                c.files(), c.size(), c.addedAt(), c.fileModified(), c.cardDate(), CardSummary.NOT_COUNTED,
                CardSummary.NOT_COUNTED, null, false);
        assertThat(DetailPane.tokens(old)).isEqualTo("counted at the next scan");
    }
}
