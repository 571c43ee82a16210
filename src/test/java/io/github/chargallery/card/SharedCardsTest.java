package io.github.chargallery.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import io.github.chargallery.testing.SharedCards;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads the real cards of ../shared/cards (when present) and checks what its README says they hold. */
class SharedCardsTest {
    static Path dir;

    @BeforeAll
    static void findFolder() {
        dir = SharedCards.dir().orElse(null);
    }

    private static CardFile read(String name) throws Exception {
        assumeTrue(dir != null, "shared cards folder absent");
        Path file = dir.resolve(name);
        assumeTrue(Files.exists(file), name + " absent");
        return CardReader.standard().read(file);
    }

    @Test
    void seraphinaV2PlusV3ReadsTheV3Chunk() throws Exception {
        CardFile f = read("st_Seraphina_v2+v3.png");
        assertThat(f.card().spec()).isEqualTo(Spec.V3);
        assertThat(f.card().name()).isEqualTo("Seraphina");
        assertThat(f.card().lorebookEntries()).isEqualTo(4);
        assertThat(f.card().description()).matches("(?s).*[^\\x00-\\x7F].*");
        assertThat(f.card().json()).contains("group_only_greetings");
        assertThat(f.warnings()).isEmpty();
    }

    @Test
    void olderSeraphinaIsV2() throws Exception {
        CardFile f = read("st_Seraphina_2023_v2.png");
        assertThat(f.card().spec()).isEqualTo(Spec.V2);
        assertThat(f.card().name()).isEqualTo("Seraphina");
        assertThat(f.card().lorebookEntries()).isEqualTo(4);
    }

    @Test
    void codingSenseiHasTags() throws Exception {
        CardFile f = read("st_CodingSensei_v2.png");
        assertThat(f.card().spec()).isEqualTo(Spec.V2);
        assertThat(f.card().name()).isEqualTo("Coding Sensei");
        assertThat(f.card().tags()).isNotEmpty();
    }

    @Test
    void fluxTheCat() throws Exception {
        CardFile f = read("st_FluxTheCat_v2.png");
        assertThat(f.card().spec()).isEqualTo(Spec.V2);
        assertThat(f.card().name()).isEqualTo("Flux the Cat");
    }

    @Test
    void aquaPngIsFlatV1() throws Exception {
        CardFile f = read("st_Aqua_v1.png");
        assertThat(f.card().spec()).isEqualTo(Spec.V1);
        assertThat(f.card().name()).isEqualTo("Aqua");
    }

    @Test
    void aquaJsonLacksScenarioAndSaysSo() throws Exception {
        CardFile f = read("tavernai_Aqua_v1.json");
        assertThat(f.card().spec()).isEqualTo(Spec.V1);
        assertThat(f.card().name()).isEqualTo("Aqua");
        assertThat(f.warnings()).containsExactly("missing fields read as empty: scenario");
    }

    @Test
    void choralPngHasNoCard() throws Exception {
        assumeTrue(dir != null && Files.exists(dir.resolve("choral_invalid_nocard.png")));
        CardFormatException e = catchThrowableOfType(CardFormatException.class,
                () -> CardReader.standard().read(dir.resolve("choral_invalid_nocard.png")));
        assertThat(e.kind()).isEqualTo(CardFormatException.Kind.NO_CARD);
        assertThat(e.reason()).isEqualTo("no card in this PNG: it has no chara or ccv3 text chunk");
    }

    @Test
    void liraV2JsonWithSlashInName() throws Exception {
        CardFile f = read("ca_Lira_v2.json");
        assertThat(f.card().spec()).isEqualTo(Spec.V2);
        assertThat(f.card().name()).isEqualTo("Catgirls From Outerspace! | Lira");
        assertThat(f.card().creator()).isEqualTo("Freedumb");
        assertThat(f.card().lorebookEntries()).isEqualTo(11);
    }

    @Test
    void beepBoopV3Json() throws Exception {
        CardFile f = read("ca_BeepBoop_v3.json");
        assertThat(f.card().spec()).isEqualTo(Spec.V3);
        assertThat(f.card().name()).isEqualTo("BeepBoop.exe");
        assertThat(f.card().creator()).isEqualTo("Preddi");
        assertThat(f.card().lorebookEntries()).isEqualTo(14);
        assertThat(f.card().json()).contains("\"chub\"");
    }

    @Test
    void charxWithManyAssetsHasItsIcon() throws Exception {
        CardFile f = read("SYNTHETIC_charx_v3_many_assets.charx");
        assertThat(f.format()).isEqualTo(CardFile.Format.CHARX);
        assertThat(f.card().spec()).isEqualTo(Spec.V3);
        assertThat(f.card().name()).isEqualTo("Synthetic Multi-Asset Character");
        byte[] icon = CardImages.imageBytes(f.path()).orElseThrow();
        assertThat(Png.hasSignature(icon)).isTrue();
    }

    @Test
    void everyCardFileInTheFolderReadsOrFailsWithAReason() throws Exception {
        assumeTrue(dir != null, "shared cards folder absent");
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files.filter(p -> CardFile.Format.of(p) != null)::iterator) {
                try {
                    assertThat(CardReader.standard().read(p).card().name()).isNotBlank();
                } catch (CardFormatException e) {
                    assertThat(p.getFileName().toString()).startsWith("choral_invalid");
                }
            }
        }
    }

    /** Every real card that reads has a prompt and a greeting to count: a zero would mean fields went uncounted. */
    @Test
    void everyReadableCardHasTokenCounts() throws Exception {
        assumeTrue(dir != null, "shared cards folder absent");
        int counted = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().endsWith(".md")).sorted().toList()) {
                Card card;
                try {
                    card = CardReader.standard().read(file).card();
                } catch (CardFormatException e) {
                    continue; // the folder's deliberately broken files have nothing to count
                }
                TokenCounter.Counts counts = TokenCounter.of(card);
                assertThat(counts.permanent()).as(file.getFileName() + " permanent tokens").isPositive();
                assertThat(counts.firstMessage()).as(file.getFileName() + " first message tokens").isPositive();
                counted++;
            }
        }
        assertThat(counted).as("readable shared cards").isPositive();
    }
}
