package io.github.chargallery.gallery.sync;

import io.github.chargallery.card.Spec;
import io.github.chargallery.library.CardSummary;
import io.github.chargallery.library.Patch;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** The card list keeps its rows in the grid's order: a merged batch ends where a full sort puts it. */
class CardListOrderTest {
    private static final Comparator<CardSummary> BY_NAME =
            Comparator.comparing(CardSummary::name).thenComparingLong(CardSummary::id);

    private static CardSummary row(long id, String name) {
        return new CardSummary(id, name, "c", List.of(), List.of(), Spec.V2, false, List.of(Path.of("/c/" + id + ".png")),
                1, id, id, 0L, 0, 0, null, false);
    }

    private static List<CardSummary> sorted(List<CardSummary> rows, Comparator<CardSummary> order) {
        List<CardSummary> all = new ArrayList<>(rows);
        all.sort(order);
        return all;
    }

    @Test
    void batchesMergedInEqualAFullSortAndEachIsOneChange() {
        CardList list = new CardList();
        list.setOrder(BY_NAME);
        List<ListChangeListener.Change<? extends CardSummary>> changes = new ArrayList<>();
        list.items().addListener((ListChangeListener<CardSummary>) c -> changes.add(c));
        Random random = new Random(7);
        List<CardSummary> all = new ArrayList<>();
        long id = 0;
        for (int batch = 0; batch < 20; batch++) {
            List<CardSummary> adds = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(60); i++) {
                // few distinct names: ties are broken by id, as in the grid's order
                adds.add(row(++id, "card " + random.nextInt(40)));
            }
            all.addAll(adds);
            changes.clear();
            list.apply(List.of(new Patch(adds, List.of(), List.of())));
            assertThat(list.items()).containsExactlyElementsOf(sorted(all, BY_NAME));
            assertThat(changes).hasSize(1);
        }
    }

    @Test
    void theChangeSaysWhereEachNewRowWent() {
        CardList list = new CardList();
        list.setOrder(BY_NAME);
        list.apply(List.of(new Patch(List.of(row(1, "b"), row(2, "d"), row(3, "f")), List.of(), List.of())));
        List<CardSummary> mirror = new ArrayList<>(list.items());
        list.items().addListener((ListChangeListener<CardSummary>) c -> {
            while (c.next()) {
                assertThat(c.wasRemoved()).isFalse();
                mirror.addAll(c.getFrom(), c.getAddedSubList());
            }
        });
        list.apply(List.of(new Patch(List.of(row(4, "g"), row(5, "a"), row(6, "c"), row(7, "e"), row(8, "c")), List.of(), List.of())));
        assertThat(mirror).containsExactlyElementsOf(list.items());
        assertThat(list.items()).extracting(CardSummary::name).containsExactly("a", "b", "c", "c", "d", "e", "f", "g");
    }

    @Test
    void aRenamedCardMovesAndARemovedOneGoes() {
        CardList list = new CardList();
        list.setOrder(BY_NAME);
        list.apply(List.of(new Patch(List.of(row(1, "a"), row(2, "b"), row(3, "c"), row(4, "d")), List.of(), List.of())));
        list.apply(List.of(new Patch(List.of(), List.of(row(1, "z")), List.of(3L))));
        assertThat(list.items()).extracting(CardSummary::id).containsExactly(2L, 4L, 1L);
        assertThat(list.get(1).name()).isEqualTo("z");
    }

    @Test
    void aNewOrderSortsTheRowsInOnePermutation() {
        CardList list = new CardList();
        list.setOrder(BY_NAME);
        list.apply(List.of(new Patch(List.of(row(1, "c"), row(2, "a"), row(3, "b")), List.of(), List.of())));
        List<Boolean> permutations = new ArrayList<>();
        list.items().addListener((ListChangeListener<CardSummary>) c -> {
            while (c.next()) {
                permutations.add(c.wasPermutated());
            }
        });
        Comparator<CardSummary> byId = Comparator.comparingLong(CardSummary::id);
        list.setOrder(byId);
        assertThat(list.items()).extracting(CardSummary::id).containsExactly(1L, 2L, 3L);
        assertThat(permutations).containsExactly(true);
        list.setOrder(byId.thenComparing(CardSummary::name)); // the same order again: nothing to tell
        assertThat(permutations).containsExactly(true);
    }
}
