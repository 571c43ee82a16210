package io.github.chargallery.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chargallery.card.Spec;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each filter, and filters combined, against a small library whose answers are written down card by card. */
class CardMatcherTest {
    static final Path ROOT = Path.of("/lib");
    static final long DAY = 86_400_000L;

    /** name, spec, tags, user tags, favourite, greetings, lorebook, tokens, creator, folder, added day, file day, collections */
    static CardSummary card(long id, String name, Spec spec, List<String> tags, List<String> userTags, boolean fav,
                            int greetings, int lore, int tokens, String creator, String folder, int addedDay,
                            int fileDay, List<Long> collections, boolean offline) {
        return new CardSummary(id, name, creator, tags, userTags, spec, fav, List.of(ROOT.resolve(folder).resolve(name + ".png")),
                1000, addedDay * DAY, fileDay * DAY, null, tokens, 10, spec == null ? "cannot read" : null, offline,
                greetings, lore, collections);
    }

    static final List<CardSummary> ROWS = List.of(
            card(1, "Aria", Spec.V3, List.of("Fantasy", "music"), List.of(), true, 2, 5, 1500, "Mira", "fantasy", 10, 5,
                    List.of(1L), false),
            card(2, "Brom", Spec.V2, List.of("fantasy", "NSFW"), List.of("later"), false, 0, 0, 2500, "kai", "fantasy/old",
                    20, 15, List.of(), false),
            card(3, "Cleo", Spec.V3, List.of(" royal "), List.of(), false, 4, 0, 800, "Mira", "history", 30, 25,
                    List.of(1L, 2L), true),
            card(4, "Dax", Spec.V1, List.of(), List.of("fantasy"), true, 1, 0, 300, "", "scifi", 40, 35, List.of(), false),
            card(5, "Eve", Spec.V3, List.of("scifi"), List.of(), false, 0, 12, 2000, "Kai", "scifi", 50, 45,
                    List.of(2L), false),
            card(6, "broken.png", null, List.of(), List.of(), false, CardSummary.NOT_COUNTED, CardSummary.NOT_COUNTED,
                    CardSummary.NOT_COUNTED, "", "fantasy", 60, 55, List.of(), false));

    static List<String> names(CardQuery q) {
        return names(new CardMatcher(q, null, SillyTavernState.NONE));
    }

    static List<String> names(CardMatcher m) {
        return ROWS.stream().filter(m).map(CardSummary::name).toList();
    }

    @Test
    void eachFilterAlone() {
        CardQuery all = CardQuery.ALL;
        assertThat(names(all)).hasSize(6);
        assertThat(names(all.withTags(Set.of("FANTASY"), Set.of()))).as("card and user tags, any case")
                .containsExactly("Aria", "Brom", "Dax");
        assertThat(names(all.withTags(Set.of("royal"), Set.of()))).as("spaces around a tag").containsExactly("Cleo");
        assertThat(names(all.withTags(Set.of(), Set.of("nsfw")))).containsExactly("Aria", "Cleo", "Dax", "Eve", "broken.png");
        assertThat(names(all.withFavoritesOnly(true))).containsExactly("Aria", "Dax");
        assertThat(names(all.withSpecs(EnumSet.of(Spec.V3)))).containsExactly("Aria", "Cleo", "Eve");
        assertThat(names(all.withSpecs(EnumSet.of(Spec.V1, Spec.V2)))).containsExactly("Brom", "Dax");
        assertThat(names(all.withLorebook(true))).containsExactly("Aria", "Eve");
        assertThat(names(all.withLorebook(false))).as("unknown is neither").containsExactly("Brom", "Cleo", "Dax");
        assertThat(names(all.withGreetings(CardQuery.Range.parse("1-2")))).containsExactly("Aria", "Dax");
        assertThat(names(all.withGreetings(CardQuery.Range.parse("3-")))).containsExactly("Cleo");
        assertThat(names(all.withTokens(CardQuery.Range.parse("0-2000")))).containsExactly("Aria", "Cleo", "Dax", "Eve");
        assertThat(names(all.withTokens(CardQuery.Range.parse("-800")))).containsExactly("Cleo", "Dax");
        assertThat(names(all.withCreator("kai"))).containsExactly("Brom", "Eve");
        assertThat(names(all.withFolder(ROOT.resolve("fantasy")))).as("the folder and folders inside it")
                .containsExactly("Aria", "Brom", "broken.png");
        assertThat(names(all.withFolder(ROOT))).hasSize(6);
        assertThat(names(all.withAdded(new CardQuery.Range(20 * DAY, 40 * DAY)))).containsExactly("Brom", "Cleo", "Dax");
        assertThat(names(all.withFileDate(new CardQuery.Range(40 * DAY, Long.MAX_VALUE)))).containsExactly("Eve", "broken.png");
        assertThat(names(all.withUnreadable(CardQuery.Unreadable.ONLY))).containsExactly("broken.png");
        assertThat(names(all.withUnreadable(CardQuery.Unreadable.HIDE))).hasSize(5).doesNotContain("broken.png");
        assertThat(names(all.withOfflineOnly(true))).containsExactly("Cleo");
        assertThat(names(all.withCollection(2))).containsExactly("Cleo", "Eve");
        assertThat(names(all.withNoCollection(true))).containsExactly("Brom", "Dax", "broken.png");
        assertThat(names(all.withNoUserTags(true))).containsExactly("Aria", "Cleo", "Eve", "broken.png");
        assertThat(names(new CardMatcher(all.withSearch("x"), Set.of(3L, 5L), SillyTavernState.NONE)))
                .containsExactly("Cleo", "Eve");
    }

    @Test
    void filtersCombineWithAnd() {
        CardQuery v3LoreShort = CardQuery.ALL.withSpecs(EnumSet.of(Spec.V3)).withLorebook(true)
                .withTokens(CardQuery.Range.parse("0-2000"));
        assertThat(names(v3LoreShort)).containsExactly("Aria", "Eve");
        assertThat(names(v3LoreShort.withNoUserTags(true).withTags(Set.of(), Set.of("music")))).containsExactly("Eve");
        assertThat(names(CardQuery.ALL.withTags(Set.of("fantasy"), Set.of("nsfw")).withFavoritesOnly(true)
                .withNoCollection(true))).containsExactly("Dax");
        assertThat(names(CardQuery.ALL.withCreator("mira").withCollection(1).withOfflineOnly(true)))
                .containsExactly("Cleo");
        assertThat(names(CardQuery.ALL.withCollection(1).withSpecs(EnumSet.of(Spec.V1)))).isEmpty();
    }

    @Test
    void sillyTavernTagsCountAsTheCardsOwn() {
        SillyTavernFolder folder = new SillyTavernFolder(Path.of("/st"));
        SillyTavernState st = new SillyTavernState(List.of(folder),
                Map.of(5L, new SillyTavernCard(folder, "Eve.png", List.of("Fantasy"), 0, 0, 0)), 1, 0, 0, List.of());
        CardMatcher m = new CardMatcher(CardQuery.ALL.withTags(Set.of("fantasy"), Set.of()), null, st);
        assertThat(names(m)).containsExactly("Aria", "Brom", "Dax", "Eve");
        assertThat(names(m.withQuery(CardQuery.ALL.withTags(Set.of(), Set.of("fantasy")))))
                .containsExactly("Cleo", "broken.png");
    }

    @Test
    void rangesReadAsTheCommandLineWritesThem() {
        assertThat(CardQuery.Range.parse("0-2000")).isEqualTo(new CardQuery.Range(0, 2000));
        assertThat(CardQuery.Range.parse("5..9")).isEqualTo(new CardQuery.Range(5, 9));
        assertThat(CardQuery.Range.parse("7")).isEqualTo(new CardQuery.Range(7, 7));
        assertThat(CardQuery.Range.parse("500-").text()).isEqualTo("500-");
        assertThatThrownBy(() -> CardQuery.Range.parse("9-3")).hasMessageContaining("after its end");
        assertThatThrownBy(() -> CardQuery.Range.parse("lots")).hasMessageContaining("no range");
        assertThatThrownBy(() -> CardQuery.Range.parse("-")).hasMessageContaining("no range");
    }

    @Test
    void aSavedViewReadsBackTheSame() {
        CardQuery q = CardQuery.ALL.withSearch("dragon").withTags(Set.of("fantasy"), Set.of("nsfw"))
                .withSpecs(EnumSet.of(Spec.V3)).withLorebook(true).withTokens(CardQuery.Range.parse("0-2000"))
                .withGreetings(CardQuery.Range.parse("1-")).withCreator("Mira").withFolder(ROOT.resolve("fantasy"))
                .withAdded(new CardQuery.Range(1, 2)).withFileDate(new CardQuery.Range(3, 4))
                .withUnreadable(CardQuery.Unreadable.HIDE).withOfflineOnly(true).withCollection(7)
                .withNoUserTags(true).withFavoritesOnly(true);
        CardQueryJson.SavedView v = new CardQueryJson.SavedView(q, "TOKENS desc");
        assertThat(CardQueryJson.read(CardQueryJson.write(v))).isEqualTo(v);
        assertThat(CardQueryJson.read("{\"tags\":[\"x\"],\"from_a_newer_app\":1}").query())
                .isEqualTo(CardQuery.ALL.withTags(Set.of("x"), Set.of()));
        assertThatThrownBy(() -> CardQueryJson.read("not json")).isInstanceOf(IllegalArgumentException.class);
    }
}
