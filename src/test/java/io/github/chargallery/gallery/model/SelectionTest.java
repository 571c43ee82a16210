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
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.ListChangeListener;
import static io.github.chargallery.testing.FakeLibrary.card;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 17: the grid's selection and the actions on all of it, on the view model alone. */
class SelectionTest {
    final FakeLibrary library = new FakeLibrary();
    final QueueExecutor fx = new QueueExecutor();
    final GalleryModel model = new GalleryModel(library, Runnable::run, fx, CardReader.standard(), () -> 0L, null);
    final Selection selection = model.selection();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private void start(int n) {
        for (long i = 1; i <= n; i++) {
            library.rows.put(i, card(i, String.format("Card %04d", i), "c", List.of()));
        }
        model.start();
        fx.pulse();
        assertThat(model.cards()).hasSize(n);
    }

    private CardSummary shown(int index) {
        return model.cards().get(index);
    }

    private Set<Long> idsOf(int... indexes) {
        Set<Long> ids = new java.util.HashSet<>();
        for (int i : indexes) {
            ids.add(shown(i).id());
        }
        return ids;
    }

    @Test
    void clickToggleRangeAllAndClear() {
        start(10);
        selection.click(shown(2));
        assertThat(selection.ids()).isEqualTo(idsOf(2));
        assertThat(model.selectedProperty().get()).isEqualTo(shown(2));

        selection.toggle(shown(5));
        assertThat(selection.ids()).isEqualTo(idsOf(2, 5));
        assertThat(selection.textProperty().get()).isEqualTo("2 cards selected");
        selection.toggle(shown(2));
        assertThat(selection.ids()).isEqualTo(idsOf(5));

        // from the anchor, the last Ctrl+clicked card (taken out or not), in place of the selection
        selection.extendTo(shown(8), false);
        assertThat(selection.ids()).isEqualTo(idsOf(2, 3, 4, 5, 6, 7, 8));
        selection.click(shown(0));
        selection.extendTo(shown(2), false);
        assertThat(selection.ids()).isEqualTo(idsOf(0, 1, 2));
        selection.toggle(shown(9));
        selection.extendTo(shown(7), true); // Ctrl+Shift adds the range from the anchor
        assertThat(selection.ids()).isEqualTo(idsOf(0, 1, 2, 7, 8, 9));

        selection.selectAll();
        assertThat(selection.countProperty().get()).isEqualTo(10);
        selection.clear();
        assertThat(selection.ids()).isEmpty();
        assertThat(model.selectedProperty().get()).isNull();
        assertThat(selection.textProperty().get()).isEmpty();
    }

    @Test
    void aRangeFollowsTheGridsCurrentOrder() {
        start(10);
        model.setSort(SortKey.NAME, false); // Card 0010 first
        fx.pulse();
        selection.click(shown(0));
        selection.extendTo(shown(2), false);
        assertThat(selection.ids()).containsExactlyInAnyOrder(10L, 9L, 8L);
    }

    @Test
    void theSelectionSurvivesAPatchAndASortAndLosesWhatAFilterHides() {
        start(10);
        selection.click(shown(0));
        selection.extendTo(shown(3), false);
        Set<Long> chosen = selection.ids();

        // a sync renames two of them and removes none: all four stay selected
        CardSummary a = library.rows.get(1L);
        library.nextSync.add(new Patch(List.of(), List.of(card(1, "Card 0001 renamed", "c", List.of()),
                card(2, "Card 0002 renamed", "c", List.of())), List.of()));
        model.refresh();
        fx.pulse();
        assertThat(selection.ids()).isEqualTo(chosen);
        assertThat(a.id()).isIn(chosen);

        model.setSort(SortKey.NAME, false);
        fx.pulse();
        assertThat(selection.ids()).isEqualTo(chosen);
        assertThat(selection.cards()).extracting(CardSummary::id).containsExactly(4L, 3L, 2L, 1L);

        // favourites only: two of the four are favourites, the other two leave and are counted
        model.setFavorite(model.allCards().stream().filter(c -> c.id() == 2).findFirst().orElseThrow(), true);
        model.setFavorite(model.allCards().stream().filter(c -> c.id() == 4).findFirst().orElseThrow(), true);
        fx.pulse();
        model.filters().setFavoritesOnly(true);
        fx.pulse();
        assertThat(selection.ids()).containsExactlyInAnyOrder(2L, 4L);
        assertThat(selection.droppedProperty().get()).isEqualTo(2);
        assertThat(selection.textProperty().get())
                .isEqualTo("2 cards selected · 2 selected cards no longer shown, deselected");

        // removed by a sync (or trashed): it leaves too, but is not counted as hidden by the filter
        library.nextSync.add(new Patch(List.of(), List.of(), List.of(4L)));
        model.refresh();
        fx.pulse();
        assertThat(selection.ids()).containsExactly(2L);
        assertThat(selection.droppedProperty().get()).isEqualTo(2);
    }

    @Test
    void aBulkTagOnAThousandCardsIsOneLibraryCallAndOneListChangeAndUndoes() {
        start(1000);
        selection.selectAll();
        library.calls.clear();
        AtomicInteger changes = new AtomicInteger();
        model.cards().addListener((ListChangeListener<CardSummary>) c -> changes.incrementAndGet());

        model.selectionActions().addTag("pirates");
        fx.pulse();
        assertThat(library.calls).containsExactly("bulk addUserTag 1000 pirates");
        assertThat(changes.get()).as("list changes for 1,000 tagged cards").isEqualTo(1);
        assertThat(model.cards()).allSatisfy(c -> assertThat(c.userTags()).containsExactly("pirates"));
        assertThat(model.tagCounts()).contains(new TagCount("pirates", 1000));
        assertThat(model.selectionActions().outcomeProperty().get())
                .isEqualTo(new SelectionActions.Outcome("Tagged 1,000 cards “pirates”", true));

        changes.set(0);
        model.selectionActions().undo();
        fx.pulse();
        assertThat(library.calls).containsExactly("bulk addUserTag 1000 pirates", "bulk removeUserTag 1000 pirates");
        assertThat(changes.get()).isEqualTo(1);
        assertThat(model.cards()).allSatisfy(c -> assertThat(c.userTags()).isEmpty());
        assertThat(model.selectionActions().outcomeProperty().get().undoable()).isFalse();
        assertThat(selection.countProperty().get()).as("the selection stays").isEqualTo(1000);
    }

    @Test
    void aBulkEditChangesOnlyTheCardsThatNeedItAndUndoTouchesOnlyThose() {
        start(5);
        model.setFavorite(shown(1), true);
        fx.pulse();
        selection.selectAll();
        library.calls.clear();

        model.selectionActions().setFavorite(true);
        fx.pulse();
        assertThat(library.calls).containsExactly("bulk setFavorite 4 true");
        assertThat(model.cards()).allSatisfy(c -> assertThat(c.favorite()).isTrue());

        model.selectionActions().undo();
        fx.pulse();
        assertThat(library.calls).last().isEqualTo("bulk setFavorite 4 false");
        List<Boolean> favourites = new ArrayList<>(model.cards().stream().map(CardSummary::favorite).toList());
        assertThat(favourites).containsExactly(false, true, false, false, false);

        model.selectionActions().setFavorite(false);
        fx.pulse();
        model.selectionActions().setFavorite(false);
        assertThat(model.selectionActions().outcomeProperty().get().text()).startsWith("Nothing to change");
    }

    @Test
    void tagsTheSelectionHasAlreadyAreNotWrittenAgainAndTheNoticeKeepsTheTagsCase() {
        start(3);
        selection.selectAll();
        model.selectionActions().addTag("Sea Stories");
        fx.pulse();
        library.calls.clear();

        model.selectionActions().addTag("Sea Stories");
        fx.pulse();

        assertThat(library.calls).as("nothing written").isEmpty();
        assertThat(model.selectionActions().outcomeProperty().get().text())
                .isEqualTo("Nothing to change: tagged 3 cards “Sea Stories” already");
    }
}
