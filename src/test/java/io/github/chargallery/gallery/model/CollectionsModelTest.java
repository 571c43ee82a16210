package io.github.chargallery.gallery.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chargallery.card.CardReader;
import io.github.chargallery.library.CardQuery;
import io.github.chargallery.library.CardSummary;
import io.github.chargallery.library.Library;
import io.github.chargallery.testing.QueueExecutor;
import io.github.chargallery.testing.TestFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** The sidebar's collections and filters on a real index: library calls on the test thread, FX work on pulses. */
class CollectionsModelTest {
    @TempDir
    Path tmp;
    Library library;
    final QueueExecutor fx = new QueueExecutor();
    GalleryModel model;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() throws Exception {
        Path root = tmp.resolve("cards");
        TestFiles.json(root, "aria.json", "Aria", "Mira", "music", "fantasy");
        TestFiles.json(root, "brom.json", "Brom", "Kai", "forge", "fantasy");
        TestFiles.json(root, "cleo.json", "Cleo", "Mira", "royal");
        library = Library.open(tmp.resolve("data"));
        library.addRoot(root);
        model = new GalleryModel(library, Runnable::run, fx, CardReader.standard(), () -> 0L, null);
        model.start();
        fx.pulse();
        assertThat(model.cards()).hasSize(3);
    }

    @AfterEach
    void close() {
        model.close().join();
    }

    private long id(String name) {
        return model.allCards().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
    }

    private CollectionsModel.Row row(String name) {
        return model.collections().rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private List<String> shown() {
        return model.cards().stream().map(CardSummary::name).sorted().toList();
    }

    @Test
    void aCollectionIsMadeFilledShownAndDeletedWithoutLosingCards() {
        model.collections().create("Bards");
        fx.pulse();
        assertThat(row("Bards").count()).isZero();

        model.selectionActions().addToCollection(model.collections().plainCollections().get(0),
                model.selectionActions().cardsOf(List.of(id("Aria"), id("Cleo"))));
        fx.pulse();
        assertThat(model.allCards()).filteredOn(c -> !c.collections().isEmpty()).as("shown in the grid").hasSize(2);
        assertThat(row("Bards").count()).isEqualTo(2);
        assertThat(library.collections().members("Bards")).containsExactlyInAnyOrder(id("Aria"), id("Cleo"));

        model.collections().show(row("Bards"));
        assertThat(shown()).containsExactly("Aria", "Cleo");
        assertThat(model.collections().activeProperty().get().name()).isEqualTo("Bards");
        assertThat(FilterChips.of(model.filters().queryProperty().get(), i -> "Bards"))
                .extracting(FilterChips.Chip::label).containsExactly("Collection: Bards");

        model.filters().setTagFilter(Set.of(), Set.of("music")); // exclude a tag
        fx.pulse();
        assertThat(shown()).containsExactly("Cleo");
        assertThat(row("Bards").count()).as("the count follows the filter").isEqualTo(1);
        assertThat(model.tagCounts()).extracting(TagCount::key).contains("royal").doesNotContain("forge");

        model.collections().delete(row("Bards"));
        fx.pulse();
        assertThat(model.collections().rows()).isEmpty();
        assertThat(model.allCards()).hasSize(3).allSatisfy(c -> assertThat(c.collections()).isEmpty());
        assertThat(model.filters().queryProperty().get().collection()).isZero();
    }

    @Test
    void aSmartCollectionSavesTheViewAndShowsItAgainWithItsSort() {
        model.filters().setQuery(CardQuery.ALL.withCreator("mira"));
        model.setSort(SortKey.NAME, false);
        model.collections().createSmart("By Mira");
        fx.pulse();
        assertThat(row("By Mira").smart()).isTrue();
        assertThat(row("By Mira").count()).isEqualTo(2);

        model.setSort(SortKey.NAME, true);
        model.filters().setQuery(CardQuery.ALL);
        assertThat(shown()).hasSize(3);
        model.collections().show(row("By Mira"));
        assertThat(model.cards()).extracting(CardSummary::name).containsExactly("Cleo", "Aria");
        assertThat(model.ascendingProperty().get()).isFalse();

        model.filters().setQuery(model.filters().queryProperty().get().withFavoritesOnly(true));
        assertThat(model.collections().activeProperty().get()).as("changed away from the view").isNull();
    }

    @Test
    void chipsSayWhatIsActiveAndEachRemovesItsOwnFilter() {
        CardQuery q = CardQuery.ALL.withTags(Set.of("fantasy"), Set.of("nsfw")).withTokens(CardQuery.Range.parse("0-2000"))
                .withFavoritesOnly(true).withNoUserTags(true);
        List<FilterChips.Chip> chips = FilterChips.of(q, i -> null);
        assertThat(chips).extracting(FilterChips.Chip::label)
                .containsExactly("Tag: fantasy", "Not: nsfw", "Favourites", "Tokens 0-2000", "No user tags");
        assertThat(chips.get(1).without()).isEqualTo(q.withTags(Set.of("fantasy"), Set.of()));
        assertThat(chips.get(3).without().tokens()).isNull();
    }
}
