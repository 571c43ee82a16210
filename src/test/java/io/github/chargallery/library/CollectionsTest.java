package io.github.chargallery.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.chargallery.card.Spec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Collections: what the user can do with them, and their members following the cards as favourites do. */
class CollectionsTest {
    @TempDir
    Path tmp;
    Path root;
    Path data;
    Library library;

    @BeforeEach
    void open() {
        root = tmp.resolve("cards");
        data = tmp.resolve("data");
        TestCards.write(root.resolve("a/Aria.json"), "Aria", "a bard", List.of("music"));
        TestCards.write(root.resolve("b/Brom.json"), "Brom", "a smith", List.of("forge"));
        TestCards.write(root.resolve("Cleo.json"), "Cleo", "a queen", List.of("royal"));
        library = Library.open(data);
        library.addRoot(root);
        sync();
    }

    @AfterEach
    void close() {
        library.close();
    }

    private void sync() {
        library.sync(SyncListener.NONE, () -> false);
    }

    private CardSummary named(String name) {
        return library.loadSummaries().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private List<String> members(String collection) {
        List<Long> ids = library.collections().members(collection);
        return library.loadSummaries().stream().filter(c -> ids.contains(c.id())).map(CardSummary::name).sorted().toList();
    }

    private long collectionId(String name) {
        return library.collections().get(name).id();
    }

    @Test
    void createAddRemoveRenameAndDeleteNeverTouchTheCards() {
        Collections c = library.collections();
        c.create("Bards");
        c.create("Smiths");
        assertThat(c.add("bards", List.of(named("Aria").id(), named("Cleo").id(), 999_999L))).isEqualTo(2);
        assertThat(c.add("Bards", List.of(named("Aria").id()))).as("already in it").isZero();
        c.add("Smiths", List.of(named("Aria").id(), named("Brom").id()));
        assertThat(c.list()).extracting(Collections.Info::name, Collections.Info::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Bards", 2), org.assertj.core.groups.Tuple.tuple("Smiths", 2));
        assertThat(named("Aria").collections()).containsExactly(collectionId("Bards"), collectionId("Smiths"));

        assertThat(c.remove("Bards", List.of(named("Cleo").id()))).isEqualTo(1);
        c.rename("bards", "Singers");
        assertThat(members("Singers")).containsExactly("Aria");
        c.delete("Singers");
        assertThat(c.list()).extracting(Collections.Info::name).containsExactly("Smiths");
        assertThat(library.loadSummaries()).hasSize(3);
        assertThat(named("Aria").collections()).containsExactly(collectionId("Smiths"));
    }

    @Test
    void badNamesAreRefusedWithTheReason() {
        Collections c = library.collections();
        c.create("Bards");
        assertThatThrownBy(() -> c.create("BARDS")).isInstanceOf(CollectionException.class)
                .hasMessageContaining("\"Bards\" exists already");
        assertThatThrownBy(() -> c.create("  ")).hasMessageContaining("needs a name");
        assertThatThrownBy(() -> c.add("Nope", List.of(1L))).isInstanceOf(CollectionException.class)
                .hasMessageContaining("no collection \"Nope\"").hasMessageContaining("Bards");
        c.create("Other");
        assertThatThrownBy(() -> c.rename("Other", "bards")).hasMessageContaining("exists already");
        c.rename("bards", "BARDS"); // its own name in another case is no clash
        assertThat(c.get("bards").name()).isEqualTo("BARDS");
    }

    @Test
    void aSmartCollectionSavesTheViewAndTakesNoMembers() {
        CardQuery q = CardQuery.ALL.withTags(Set.of("Music"), Set.of()).withSpecs(EnumSet.of(Spec.V2));
        library.collections().createSmart("Music", new CardQueryJson.SavedView(q, "NAME asc"));
        Collections.Info info = library.collections().get("music");
        assertThat(info.smart()).isTrue();
        assertThat(info.view().query()).isEqualTo(q);
        assertThat(info.view().sort()).isEqualTo("NAME asc");
        assertThatThrownBy(() -> library.collections().add("Music", List.of(named("Aria").id())))
                .hasMessageContaining("smart collection");
    }

    @Test
    void membershipSurvivesRenameMoveToAnotherRootAndEditInPlace() throws IOException {
        library.collections().create("Keep");
        library.collections().add("Keep", List.of(named("Aria").id(), named("Brom").id(), named("Cleo").id()));

        Files.move(root.resolve("a/Aria.json"), root.resolve("a/Aria renamed.json"));
        Path other = Files.createDirectories(tmp.resolve("other root"));
        Files.move(root.resolve("b/Brom.json"), other.resolve("Brom.json"));
        library.addRoot(other);
        TestCards.write(root.resolve("Cleo.json"), "Cleo", "a queen, edited in place", List.of("royal", "edited"));
        sync();

        assertThat(named("Brom").files()).containsExactly(other.resolve("Brom.json").toAbsolutePath());
        assertThat(named("Cleo").tags()).contains("edited");
        assertThat(members("Keep")).containsExactly("Aria", "Brom", "Cleo");

        TestCards.write(root.resolve("Cleo.json"), "Cleo", "edited again, reindexed", List.of("royal"));
        library.reindex(root.resolve("Cleo.json")); // as the editor's save does
        assertThat(members("Keep")).containsExactly("Aria", "Brom", "Cleo");
    }

    @Test
    void membershipSurvivesAnOfflineFolder() throws IOException {
        library.collections().create("Keep");
        library.collections().add("Keep", List.of(named("Aria").id()));
        Path away = tmp.resolve("unplugged");
        Files.move(root, away);
        sync();
        assertThat(named("Aria").offline()).isTrue();
        assertThat(members("Keep")).containsExactly("Aria");
        assertThat(library.collections().get("Keep").count()).isEqualTo(1);

        Files.move(away, root);
        sync();
        assertThat(named("Aria").offline()).isFalse();
        assertThat(members("Keep")).containsExactly("Aria");
    }

    @Test
    void aCopyEditedApartKeepsTheCollectionsAsItKeepsTags() throws IOException {
        Files.copy(root.resolve("Cleo.json"), root.resolve("Cleo copy.json"));
        sync();
        library.collections().create("Queens");
        library.collections().add("Queens", List.of(named("Cleo").id()));
        TestCards.write(root.resolve("Cleo copy.json"), "Cleo", "a queen, the copy changed", List.of("royal"));
        sync();

        List<CardSummary> cleos = library.loadSummaries().stream().filter(c -> c.name().equals("Cleo")).toList();
        assertThat(cleos).hasSize(2).allSatisfy(c -> assertThat(c.collections()).containsExactly(collectionId("Queens")));
    }

    @Test
    void rebuildIndexExportsCollectionsAndGivesThemBack() throws IOException {
        library.collections().create("Keep");
        library.collections().add("Keep", List.of(named("Aria").id(), named("Cleo").id()));
        library.collections().createSmart("Royals", new CardQueryJson.SavedView(
                CardQuery.ALL.withTags(Set.of("royal"), Set.of()), ""));
        library.close();

        IndexRescue.Result r = IndexRescue.rebuild(data, false);

        JsonNode export = new ObjectMapper().readTree(r.export().toFile());
        assertThat(export.get("collections").findValuesAsText("name")).containsExactly("Keep", "Royals");
        List<String> inKeep = new ArrayList<>();
        export.get("cards").forEach(c -> {
            if (c.get("collections").toString().contains("Keep")) {
                inKeep.add(c.get("name").asText());
            }
        });
        assertThat(inKeep).containsExactlyInAnyOrder("Aria", "Cleo");

        library = Library.open(data);
        sync();
        assertThat(members("Keep")).containsExactly("Aria", "Cleo");
        assertThat(library.collections().get("Royals").view().query().tags()).containsExactly("royal");
    }

    @Test
    void aPurgedCardLeavesItsCollections() throws IOException {
        java.util.concurrent.atomic.AtomicLong now = new java.util.concurrent.atomic.AtomicLong(System.currentTimeMillis());
        library.setClock(now::get);
        library.collections().create("Keep");
        library.collections().add("Keep", List.of(named("Aria").id(), named("Brom").id()));
        Files.delete(root.resolve("a/Aria.json"));
        sync();
        assertThat(library.collections().get("Keep").count()).as("an orphan is not counted").isEqualTo(1);
        now.addAndGet(java.util.concurrent.TimeUnit.DAYS.toMillis(31));
        sync();
        assertThat(members("Keep")).containsExactly("Brom");
    }
}
