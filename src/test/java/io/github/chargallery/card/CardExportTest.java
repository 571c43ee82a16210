package io.github.chargallery.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.chargallery.card.CardExport.To;
import io.github.chargallery.testing.SharedCards;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CardExportTest {
    static final Instant NOW = Instant.ofEpochSecond(1_800_000_000L);
    static final ObjectMapper M = new ObjectMapper();
    @TempDir
    Path dir;

    /** One source file per format and spec. */
    private Map<String, Path> sources() throws Exception {
        Path src = Files.createDirectories(dir.resolve("src"));
        ObjectNode v3 = TestCards.v3("Vera Tess");
        TestCards.data(v3).putObject("extensions").put("keep", "me");
        byte[] icon = PngEncoder.encode(3, 2, new byte[18], false);
        Path charx = src.resolve("v3.charx");
        CardWriter.writeCharx(charx, Card.fromJson(v3.toString(), "x"), Map.of(Charx.DEFAULT_ICON, icon,
                "assets/other/a.bin", new byte[] {9}));
        return Map.of(
                "v1.json", Files.writeString(src.resolve("v1.json"), TestCards.v1("Old Timer").put("avatar", "a.png")
                        .put("creatorcomment", "by hand").toString()),
                "v2.png", Files.write(src.resolve("v2.png"), PngFixture.png().before(PngFixture.tEXt("Comment", "c"))
                        .after(PngFixture.tEXt("chara", PngFixture.b64(TestCards.v2("Page Boy").toString()))).bytes()),
                "v3.json", Files.writeString(src.resolve("v3.json"), v3.toString()),
                "v3.charx", charx);
    }

    static Stream<Arguments> targets() {
        return Stream.of(Arguments.of(To.PNG, Spec.V2), Arguments.of(To.PNG, Spec.V3), Arguments.of(To.JSON, Spec.V2),
                Arguments.of(To.JSON, Spec.V3), Arguments.of(To.CHARX, Spec.V3));
    }

    @ParameterizedTest
    @MethodSource("targets")
    void everySourceExportsToEveryTargetKeepingItsFields(To to, Spec spec) throws Exception {
        for (Map.Entry<String, Path> s : sources().entrySet()) {
            Card was = TestCards.read(s.getValue()).card();
            CardExport.Exported out = CardExport.export(s.getValue(), to, spec, dir.resolve("out"), NOW);

            CardFile back = TestCards.read(out.written());
            assertThat(out.written().getFileName().toString()).isEqualTo(was.name() + to.extension());
            assertThat(back.card().spec()).as(s.getKey()).isEqualTo(spec);
            assertThat(back.card().name()).isEqualTo(was.name());
            assertThat(back.card().description()).isEqualTo(was.description());
            assertThat(back.card().firstMessage()).isEqualTo(was.firstMessage());
            assertThat(back.card().tags()).isEqualTo(was.tags());
            JsonNode data = M.readTree(back.card().json()).path("data");
            if (was.spec() == Spec.V1) {
                assertThat(data.path("creator_notes").asText()).isEqualTo("by hand");
                assertThat(M.readTree(back.card().json()).path("avatar").asText()).isEqualTo("a.png");
            } else if (was.spec() == Spec.V3) {
                assertThat(data.path("extensions").path("keep").asText()).isEqualTo("me");
                assertThat(data.path("creation_date").asLong()).isEqualTo(1_700_000_000L);
            }
            if (spec == Spec.V3) {
                assertThat(back.card().modificationDate()).isEqualTo(NOW.getEpochSecond());
                assertThat(data.has("group_only_greetings")).isTrue();
            }
            byte[] bytes = Files.readAllBytes(out.written());
            if (to == To.PNG) {
                assertThat(Card.fromJson(Chunks.sillyTavernRead(bytes), "x").name()).isEqualTo(was.name());
                assertThat(CardImages.imageBytes(out.written())).isPresent();
            }
            if (to == To.CHARX) {
                assertThat(CardImages.imageBytes(out.written())).get().satisfies(p -> assertThat(Png.hasSignature(p)).isTrue());
                if (!s.getKey().endsWith(".charx")) { // a CHARX keeps its own assets
                    assertThat(data.path("assets").toString()).contains("embeded://assets/icon/images/1.png");
                }
            }
            Files.delete(out.written());
        }
    }

    @Test
    void aPngExportOfAPngKeepsItsOtherChunksAndACharxExportItsAssets() throws Exception {
        Map<String, Path> s = sources();
        byte[] png = Files.readAllBytes(s.get("v2.png"));
        Path out = CardExport.export(s.get("v2.png"), To.PNG, Spec.V3, dir, NOW).written();
        assertThat(Chunks.others(Files.readAllBytes(out))).isEqualTo(Chunks.others(png));
        Path charx = CardExport.export(s.get("v3.charx"), To.CHARX, Spec.V3, dir, NOW).written();
        ZipEntries.assertOthersEqual(Files.readAllBytes(s.get("v3.charx")), Files.readAllBytes(charx));
        assertThat(M.readTree(TestCards.read(charx).card().json()).path("data").path("assets"))
                .isEqualTo(M.readTree(TestCards.read(s.get("v3.charx")).card().json()).path("data").path("assets"));
    }

    @Test
    void anExportNeverOverwrites() throws Exception {
        Path src = sources().get("v3.json");
        Path first = CardExport.export(src, To.JSON, null, dir, NOW).written();
        Path second = CardExport.export(src, To.JSON, null, dir, NOW).written();
        assertThat(first.getFileName().toString()).isEqualTo("Vera Tess.json");
        assertThat(second.getFileName().toString()).isEqualTo("Vera Tess (2).json");
        assertThat(CardExport.fileName("Catgirls | Lira/2: \"x\"?", To.PNG)).isEqualTo("Catgirls _ Lira_2_ _x__.png");
        assertThat(CardExport.fileName(" ... ", To.PNG)).isEqualTo("card.png");
    }

    @Test
    void aCardWithoutAPictureGetsItsInitialsNotAnEmptyImage() throws Exception {
        byte[] png = CardExport.pngBytes(Card.fromJson(TestCards.v2("Émile Zola").toString(), "x"), Optional.empty(),
                Spec.V2, NOW);
        assertThat(Portrait.initials("Émile Zola")).isEqualTo("EZ");
        assertThat(Portrait.initials("セラ")).isEqualTo("?");
        assertThat(Chunks.layout(png)).startsWith("IHDR").contains("tEXt:chara");
        byte[] a = CardExport.portrait("Ann");
        byte[] b = CardExport.portrait("Bob");
        assertThat(a).isNotEqualTo(b);
        assertThat(Png.readInt(a, 16)).isEqualTo(400);
        assertThat(Png.readInt(a, 20)).isEqualTo(600);
    }

    @Test
    void aCharxIsV3Only() throws Exception {
        Path src = sources().get("v1.json");
        assertThatThrownBy(() -> CardExport.export(src, To.CHARX, Spec.V2, dir, NOW))
                .isInstanceOf(EditRefusedException.class).hasMessageContaining("V3");
    }

    @Test
    void everySharedCardExportsToEveryTarget() throws Exception {
        Path shared = SharedCards.dir().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(shared != null, "shared cards folder absent");
        try (Stream<Path> files = Files.list(shared)) {
            for (Path f : files.filter(p -> CardFile.Format.of(p) != null).sorted().toList()) {
                Card was;
                try {
                    was = TestCards.read(f).card();
                } catch (CardFormatException e) {
                    continue; // not a card (the negative test file)
                }
                for (Arguments a : targets().toList()) {
                    To to = (To) a.get()[0];
                    Spec spec = (Spec) a.get()[1];
                    Path out = CardExport.export(f, to, spec, dir.resolve(to.name() + spec), NOW).written();
                    Card back = TestCards.read(out).card();
                    assertThat(back.name()).as(f + " " + to + spec).isEqualTo(was.name());
                    assertThat(back.description()).isEqualTo(was.description());
                    assertThat(back.lorebookEntries()).isEqualTo(was.lorebookEntries());
                    assertThat(back.alternateGreetings()).isEqualTo(was.alternateGreetings());
                }
            }
        }
    }
}
