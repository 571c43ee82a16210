package io.github.chargallery.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chargallery.card.CardFile;
import io.github.chargallery.card.CardFormatException;
import io.github.chargallery.card.CardReader;
import io.github.chargallery.card.Spec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryGeneratorTest {
    static final int CARDS = 600;

    @TempDir
    static Path shared;
    static LibraryGenerator.Summary summary;
    static List<Path> files;

    @BeforeAll
    static void generateOnce() throws IOException {
        // 40 KB files leave room for the card texts' natural 2-40 KB (smaller files get shorter cards)
        summary = LibraryGenerator.generate(shared.resolve("lib"), CARDS, 42, 40);
        files = list(shared.resolve("lib"));
    }

    static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
    }

    static Map<String, byte[]> contents(Path dir) throws IOException {
        Map<String, byte[]> m = new TreeMap<>();
        for (Path p : list(dir)) {
            m.put(dir.relativize(p).toString(), Files.readAllBytes(p));
        }
        return m;
    }

    @Test
    void sameSeedGivesSameBytesOtherSeedDoesNot(@TempDir Path dir) throws IOException {
        LibraryGenerator.generate(dir.resolve("a"), 120, 9, 2);
        LibraryGenerator.generate(dir.resolve("b"), 120, 9, 2);
        LibraryGenerator.generate(dir.resolve("c"), 120, 10, 2);
        Map<String, byte[]> a = contents(dir.resolve("a"));
        Map<String, byte[]> b = contents(dir.resolve("b"));
        assertThat(a.keySet()).hasSize(120).isEqualTo(b.keySet());
        a.forEach((k, v) -> assertThat(Arrays.equals(v, b.get(k))).as(k).isTrue());
        assertThat(contents(dir.resolve("c")).keySet()).isNotEqualTo(a.keySet());
    }

    @Test
    void writesTheMixItPromises() {
        assertThat(files).hasSize(CARDS);
        assertThat(summary.cards()).isEqualTo(CARDS);
        assertThat(summary.json()).isEqualTo(60);
        assertThat(summary.charx()).isEqualTo(18);
        assertThat(summary.broken()).isEqualTo(6);
        assertThat(summary.png()).isEqualTo(CARDS - 60 - 18 - 6);
        long pngFiles = files.stream().filter(p -> p.toString().endsWith(".png")).count();
        long jsonFiles = files.stream().filter(p -> p.toString().endsWith(".json")).count();
        long charxFiles = files.stream().filter(p -> p.toString().endsWith(".charx")).count();
        assertThat(pngFiles + jsonFiles + charxFiles).isEqualTo(CARDS);
        assertThat(pngFiles).isBetween((long) summary.png(), (long) summary.png() + summary.broken());
        assertThat(summary.bytes()).isEqualTo(files.stream().mapToLong(p -> p.toFile().length()).sum());
    }

    @Test
    void brokenFilesFailToReadAndAllOthersRead() throws IOException {
        CardReader reader = CardReader.standard();
        int v3Png = 0;
        int withLorebook = 0;
        List<String> names = new ArrayList<>();
        List<Integer> jsonSizes = new ArrayList<>();
        java.util.Set<CardFormatException.Kind> brokenKinds = java.util.EnumSet.noneOf(CardFormatException.Kind.class);
        for (Path p : files) {
            try {
                CardFile f = reader.read(p);
                assertThat(summary.brokenFiles()).as(p.toString()).doesNotContain(p);
                if (f.format() == CardFile.Format.PNG && f.card().spec() == Spec.V3) {
                    v3Png++;
                }
                withLorebook += f.card().lorebookEntries() > 0 ? 1 : 0;
                names.add(f.card().name());
                jsonSizes.add(f.card().json().length());
            } catch (CardFormatException e) {
                assertThat(summary.brokenFiles()).as(p + ": " + e.reason()).contains(p);
                brokenKinds.add(e.kind());
            }
        }
        assertThat(brokenKinds).containsExactlyInAnyOrder(CardFormatException.Kind.NO_CARD,
                CardFormatException.Kind.TRUNCATED, CardFormatException.Kind.NOT_BASE64,
                CardFormatException.Kind.NOT_JSON, CardFormatException.Kind.NO_CARD_JSON);
        assertThat(v3Png).isEqualTo(summary.pngWithCcv3()).isBetween(summary.png() / 5, summary.png() / 2);
        assertThat(withLorebook).isGreaterThan(CARDS / 6);
        assertThat(names).anyMatch(n -> n.contains("Zoë") || n.contains("Renée"));
        assertThat(names.stream().distinct().count()).isGreaterThan(100);
        assertThat(jsonSizes.stream().mapToInt(Integer::intValue).min().orElseThrow()).isBetween(1500, 6000);
        assertThat(jsonSizes.stream().mapToInt(Integer::intValue).max().orElseThrow()).isBetween(25_000, 60_000);
    }

    @Test
    void cardsAreSpreadOverNestedFoldersOf50To500() {
        Map<Path, Long> perFolder = files.stream().collect(Collectors.groupingBy(Path::getParent, TreeMap::new,
                Collectors.counting()));
        assertThat(perFolder.size()).isEqualTo(summary.folders()).isGreaterThan(1);
        perFolder.keySet().forEach(f -> assertThat(shared.resolve("lib").relativize(f).getNameCount()).isEqualTo(2));
        List<Long> sizes = new ArrayList<>(perFolder.values());
        sizes.subList(0, sizes.size() - 1).forEach(n -> assertThat(n).isBetween(50L, 500L));
    }

    @Test
    void pngFilesAverageTheRequestedSizeCardChunkIncluded(@TempDir Path dir) throws IOException {
        LibraryGenerator.Summary s = LibraryGenerator.generate(dir, 100, 5, 20);
        double avgKb = list(dir).stream().filter(p -> p.toString().endsWith(".png")).mapToLong(p -> p.toFile().length())
                .average().orElseThrow() / 1024;
        assertThat(avgKb).isBetween(15.0, 25.0);
        assertThat(s.png()).isPositive();
    }

    @Test
    void refusesAFolderThatIsNotEmpty(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("mine.txt"), "keep me");
        assertThatThrownBy(() -> LibraryGenerator.generate(dir, 10, 1, 2)).isInstanceOf(IOException.class)
                .hasMessageContaining("is not empty");
        assertThat(Files.readString(dir.resolve("mine.txt"))).isEqualTo("keep me");
    }

    /**
     * With planted repeats the library is for finding duplicates: its other cards must rarely share a name and
     * a creator by chance (a few percent in real collections), or most groups found would be accidents.
     */
    @Test
    void withRepeatsUnrelatedCardsRarelyShareNameAndCreator(@TempDir Path dir) throws IOException {
        Path lib = dir.resolve("lib");
        LibraryGenerator.generate(lib, 3000, 5, 2, 5);
        Map<String, Integer> byWho = new java.util.HashMap<>();
        int cards = 0;
        for (Path p : list(lib)) {
            if (p.startsWith(lib.resolve("99-downloads-again"))) {
                continue; // the planted repeats themselves
            }
            try {
                io.github.chargallery.card.Card c = CardReader.standard().read(p).card();
                String name = io.github.chargallery.library.dupes.NameKey.of(c.name());
                byWho.merge(io.github.chargallery.library.dupes.NameKey.fold(c.creator()) + "/" + name, 1, Integer::sum);
                cards++;
            } catch (CardFormatException e) {
                // the broken files
            }
        }
        int sharing = byWho.values().stream().filter(n -> n > 1).mapToInt(Integer::intValue).sum();
        assertThat(cards).isGreaterThan(2900);
        assertThat(sharing).as("cards sharing a name and creator by chance, of %d", cards).isLessThan(cards * 5 / 100);
    }
}
