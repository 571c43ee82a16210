package io.github.chargallery.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.chargallery.testing.SharedCards;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every real card of ../shared/cards (when present), edited in a copy: only the edited field changes. */
class SharedCardsEditTest {
    static Stream<Path> cards() throws Exception {
        Path dir = SharedCards.dir().orElse(null);
        if (dir == null) {
            return Stream.of(Path.of("absent"));
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> CardFile.Format.of(f) != null).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cards")
    void editingTheDescriptionChangesOnlyTheDescription(Path original, @org.junit.jupiter.api.io.TempDir Path tmp)
            throws Exception {
        assumeTrue(Files.exists(original), "shared cards folder absent");
        CardFile was;
        try {
            was = CardReader.standard().read(original);
        } catch (CardFormatException e) {
            assumeTrue(false, original.getFileName() + " is not a card: " + e.reason());
            return;
        }
        Path file = Files.copy(original, tmp.resolve(original.getFileName()));
        byte[] before = Files.readAllBytes(file);
        assertThat(CardEditor.edit(file, CardEditorTest.everything(was.card()), CardEditorTest.NOW))
                .as("every part passed back unchanged").isEmpty();

        CardEditor.write(CardEditor.edit(file, CardChanges.NONE.with(CardField.DESCRIPTION, "Edited. ünï"),
                CardEditorTest.NOW).orElseThrow());

        byte[] after = Files.readAllBytes(file);
        Card back = CardReader.standard().read(file).card();
        assertThat(back.description()).isEqualTo("Edited. ünï");
        assertThat(back.spec()).isEqualTo(was.card().spec());
        String[] changed = was.card().spec() == Spec.V3 ? new String[] {"description", "modification_date"}
                : new String[] {"description"};
        CardEditorTest.assertOnlyChanged(was.card().json(), back.json(), changed);
        switch (was.format()) {
            case PNG -> {
                assertThat(Chunks.others(after)).isEqualTo(Chunks.others(before));
                String st = Chunks.sillyTavernRead(after);
                assertThat(Card.fromJson(st, "x").description()).isEqualTo("Edited. ünï");
                List<String> cardChunks = Chunks.layout(after).stream().filter(t -> t.startsWith("tEXt:c")).toList();
                assertThat(cardChunks).isEqualTo(was.card().spec() == Spec.V3 ? List.of("tEXt:chara", "tEXt:ccv3")
                        : List.of("tEXt:chara"));
            }
            case CHARX -> ZipEntries.assertOthersEqual(before, after);
            case JSON -> assertThat(new String(after, java.nio.charset.StandardCharsets.UTF_8).lines().count())
                    .isEqualTo(new String(before, java.nio.charset.StandardCharsets.UTF_8).lines().count());
        }
    }
}
