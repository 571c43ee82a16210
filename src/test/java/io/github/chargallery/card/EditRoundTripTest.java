package io.github.chargallery.card;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated cards of every format and spec, each text field edited in turn: the card reads back with the
 * new value and nothing else changed (V3: modification_date too); PNG chunks and CHARX entries kept.
 */
class EditRoundTripTest {
    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        return Stream.of(CardFile.Format.values()).flatMap(f -> Stream.of(Spec.values()).map(s -> Arguments.of(f, s)));
    }

    private static ObjectNode card(Spec spec) {
        ObjectNode c = switch (spec) {
            case V1 -> TestCards.v1("Round Trip");
            case V2 -> TestCards.v2("Round Trip");
            case V3 -> TestCards.v3("Round Trip");
        };
        ObjectNode fields = spec == Spec.V1 ? c : TestCards.data(c);
        fields.putObject("x_app").putArray("list").add(1).add("two").addObject().put("deep", true);
        c.put("z_top", "kept");
        return c;
    }

    private Path write(CardFile.Format format, String json) throws Exception {
        Path file = dir.resolve("card." + format.name().toLowerCase());
        switch (format) {
            case PNG -> Files.write(file, PngFixture.png()
                    .before(PngFixture.chunk("tIME", new byte[] {7, (byte) 0xE9, 1, 2, 3, 4, 5}))
                    .after(PngFixture.tEXt("chara-ext-asset_0", "QUJD"))
                    .after(PngFixture.tEXt("chara", PngFixture.b64(json)))
                    .after(PngFixture.iTXt("XML:com.adobe.xmp", "<x/>", false)).bytes());
            case JSON -> Files.writeString(file, json);
            case CHARX -> CardWriter.writeCharx(file, Card.fromJson(json, "x"), Map.of(Charx.DEFAULT_ICON,
                    PngEncoder.encode(1, 1, new byte[3], false), "module.risum", new byte[] {1, 2, 3, 4}));
        }
        return file;
    }

    @ParameterizedTest
    @MethodSource("cases")
    void eachFieldEditedAloneChangesOnlyThatField(CardFile.Format format, Spec spec) throws Exception {
        for (CardField field : CardField.values()) {
            String json = card(spec).toString();
            Path file = write(format, json);
            byte[] before = Files.readAllBytes(file);
            String value = "new " + field.key() + " ✓";

            CardEditor.write(CardEditor.edit(file, CardChanges.NONE.with(field, value), CardEditorTest.NOW)
                    .orElseThrow());

            Card back = TestCards.read(file).card();
            assertThat(field.of(back)).as(format + " " + spec + " " + field).isEqualTo(value);
            assertThat(back.spec()).isEqualTo(spec);
            String[] changed = spec == Spec.V3 ? new String[] {field.key(), "modification_date"}
                    : new String[] {field.key()};
            CardEditorTest.assertOnlyChanged(json, back.json(), changed);
            byte[] after = Files.readAllBytes(file);
            if (format == CardFile.Format.PNG) {
                assertThat(Chunks.others(after)).isEqualTo(Chunks.others(before));
                assertThat(Card.fromJson(Chunks.sillyTavernRead(after), "x").spec()).isEqualTo(spec);
                assertThat(field.of(Card.fromJson(Chunks.sillyTavernRead(after), "x"))).isEqualTo(value);
                List<String> cards = Chunks.layout(after).stream().filter(t -> t.matches("tEXt:(chara|ccv3)")).toList();
                assertThat(cards).isEqualTo(spec == Spec.V3 ? List.of("tEXt:chara", "tEXt:ccv3") : List.of("tEXt:chara"));
            } else if (format == CardFile.Format.CHARX) {
                ZipEntries.assertOthersEqual(before, after);
            }
            Files.delete(file);
        }
    }
}
