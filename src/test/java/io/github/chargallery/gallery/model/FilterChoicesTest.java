package io.github.chargallery.gallery.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chargallery.card.Spec;
import io.github.chargallery.library.CardSummary;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The creator box's completion and the folder box's choices. */
class FilterChoicesTest {
    private static CardSummary card(long id, String creator, String file) {
        return new CardSummary(id, "C" + id, creator, List.of(), List.of(), Spec.V2, false, List.of(Path.of(file)),
                1, 0, 0, null, 0, 0, null, false);
    }

    private final List<CardSummary> cards = List.of(card(1, "Bluejay42", "/lib/a/x/1.png"),
            card(2, "bluejay42 ", "/lib/a/2.png"), card(3, "Blair", "/lib/3.png"), card(4, "", "/lib/b/4.png"),
            card(5, "Ross", "/elsewhere/z/5.png"));

    @Test
    void creatorsStartingWithWhatWasTypedInAnyCaseOnceEach() {
        assertThat(FilterChoices.creators(cards, "BL")).containsExactly("Blair", "Bluejay42");
        assertThat(FilterChoices.creators(cards, "")).containsExactly("Blair", "Bluejay42", "Ross");
        assertThat(FilterChoices.creators(cards, "z")).isEmpty();
    }

    @Test
    void foldersAreTheRootsAndTheFoldersInsideThemThatHoldCards() {
        assertThat(FilterChoices.folders(cards, List.of(Path.of("/lib")))).containsExactly(Path.of("/lib"),
                Path.of("/lib/a"), Path.of("/lib/a/x"), Path.of("/lib/b"));
    }
}
