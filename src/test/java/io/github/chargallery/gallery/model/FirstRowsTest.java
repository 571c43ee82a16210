package io.github.chargallery.gallery.model;

import io.github.chargallery.card.CardReader;
import io.github.chargallery.library.CardSummary;
import io.github.chargallery.library.Patch;
import io.github.chargallery.testing.FakeLibrary;
import io.github.chargallery.testing.QueueExecutor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import static io.github.chargallery.testing.FakeLibrary.card;
import static org.assertj.core.api.Assertions.assertThat;

/** The index's rows can be put in the grid before the window's first frame, and are put in once. */
class FirstRowsTest {
    final FakeLibrary library = new FakeLibrary();
    final QueueExecutor fx = new QueueExecutor();
    final GalleryModel model = new GalleryModel(library, Runnable::run, fx, CardReader.standard(), () -> 0L, null);

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void rowsReadBeforeTheFirstFrameAreShownAtOnceAndOnlyOnce() {
        List<Integer> early = run(true);
        List<Integer> usual = run(false);
        // the same list changes as when the rows come on the next pulse: none applied twice
        assertThat(early).isEqualTo(usual);
        assertThat(early.get(early.size() - 1)).isEqualTo(4);
    }

    /** Starts a model on 3 indexed cards whose sync adds a 4th; returns the list's size after each change. */
    private static List<Integer> run(boolean showEarly) {
        FakeLibrary library = new FakeLibrary();
        QueueExecutor fx = new QueueExecutor();
        GalleryModel model = new GalleryModel(library, Runnable::run, fx, CardReader.standard(), () -> 0L, null);
        for (long i = 1; i <= 3; i++) {
            CardSummary c = card(i, "Card " + i, "c", List.of());
            library.rows.put(c.id(), c);
        }
        library.nextSync.add(new Patch(List.of(card(4, "Card 4", "c", List.of())), List.of(), List.of()));
        List<Integer> sizes = new ArrayList<>();
        model.cards().addListener((ListChangeListener<CardSummary>) c -> sizes.add(model.cards().size()));
        model.start(); // the background read ran; its hand-over to the FX thread waits for a pulse
        if (showEarly) {
            model.showFirstRows(); // what the app does before the window shows
            assertThat(model.loadedProperty().get()).isTrue();
            assertThat(model.cards()).extracting(CardSummary::name).containsExactly("Card 1", "Card 2", "Card 3");
        }
        fx.pulse(); // the queued hand-over, then the sync that follows adds its card
        assertThat(model.cards()).extracting(CardSummary::name).containsExactly("Card 1", "Card 2", "Card 3", "Card 4");
        return sizes;
    }

    @Test
    void withoutAnEarlyCallTheRowsArriveOnTheNextPulse() {
        CardSummary only = card(1, "Only", "c", List.of());
        library.rows.put(only.id(), only);
        model.start();
        assertThat(model.loadedProperty().get()).isFalse();
        fx.pulse();
        assertThat(model.loadedProperty().get()).isTrue();
        assertThat(model.cards()).extracting(CardSummary::name).containsExactly("Only");
    }
}
