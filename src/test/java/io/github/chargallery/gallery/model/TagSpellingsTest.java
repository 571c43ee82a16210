package io.github.chargallery.gallery.model;

import io.github.chargallery.library.CardSummary;
import io.github.chargallery.testing.FakeLibrary;
import io.github.chargallery.testing.QueueExecutor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import java.util.List;
import java.util.Set;
import static io.github.chargallery.testing.FakeLibrary.card;
import static org.assertj.core.api.Assertions.assertThat;

/** Tags spelled with different case are one tag in the list and in the filter; the cards keep their spelling. */
class TagSpellingsTest {
    final FakeLibrary library = new FakeLibrary();
    final QueueExecutor fx = new QueueExecutor();
    final GalleryModel model = new GalleryModel(library, Runnable::run, fx);

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // javafx.concurrent.Task needs a running toolkit
    }

    @Test
    void oneEntryShowsTheCommonestSpellingAndFiltersToEverySpelling() {
        library.rows.put(1L, card(1, "A", "c", List.of("AnyPoV", "fantasy")));
        library.rows.put(2L, card(2, "B", "c", List.of("AnyPoV")));
        library.rows.put(3L, card(3, "C", "c", List.of(" AnyPOV ")));
        library.rows.put(4L, card(4, "D", "c", List.of("fantasy")));
        model.start();
        fx.pulse();

        assertThat(model.tagCounts()).extracting(TagCount::toString).containsExactly("AnyPoV (3)", "fantasy (2)");
        TagCount anyPov = model.tagCounts().get(0);
        model.filters().setTagFilter(Set.of(anyPov.key()));
        assertThat(model.cards()).extracting(CardSummary::id).containsExactly(1L, 2L, 3L);
        assertThat(model.cards()).extracting(c -> c.tags().get(0)).contains(" AnyPOV ");
    }

    @Test
    void aTieShowsTheSameSpellingWhicheverCardComesFirst() {
        for (List<String> order : List.of(List.of("sci-fi", "Sci-Fi"), List.of("Sci-Fi", "sci-fi"))) {
            FakeLibrary lib = new FakeLibrary();
            QueueExecutor pulses = new QueueExecutor();
            GalleryModel m = new GalleryModel(lib, Runnable::run, pulses);
            lib.rows.put(1L, card(1, "A", "c", List.of(order.get(0))));
            lib.rows.put(2L, card(2, "B", "c", List.of(order.get(1))));
            m.start();
            pulses.pulse();
            assertThat(m.tagCounts()).extracting(TagCount::toString).as("cards tagged %s", order)
                    .containsExactly("Sci-Fi (2)");
        }
    }
}
