package io.github.chargallery.card;

import static io.github.chargallery.card.PngFixture.b64;
import static io.github.chargallery.card.PngFixture.png;
import static io.github.chargallery.card.TestCards.json;
import static io.github.chargallery.card.TestCards.read;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the writers write reads back as the same card, unknown keys included. */
class RoundTripTest {
    @TempDir
    Path dir;

    static Card card(Spec spec) throws Exception {
        ObjectNode o = spec == Spec.V1 ? TestCards.v1("Zoë Ünïcode") : spec == Spec.V2 ? TestCards.v2("Zoë")
                : TestCards.v3("Renée");
        o.put("unknown_top", "kept");
        (spec == Spec.V1 ? o : TestCards.data(o)).putObject("extensions").put("depth_prompt", "kept too");
        return Card.fromJson(TestCards.json(o), "fallback");
    }

    @ParameterizedTest
    @EnumSource(Spec.class)
    void pngRoundTrip(Spec spec) throws Exception {
        Card card = card(spec);
        Path file = dir.resolve("c.png");
        CardWriter.writePng(file, PngEncoder.encode(3, 1, new byte[9], false), card);
        CardFile back = read(file);
        assertThat(back.card()).isEqualTo(card);
        assertThat(back.warnings()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Spec.class)
    void jsonRoundTrip(Spec spec) throws Exception {
        Card card = card(spec);
        Path file = dir.resolve("c.json");
        CardWriter.writeJson(file, card);
        assertThat(read(file).card()).isEqualTo(card);
    }

    @ParameterizedTest
    @EnumSource(Spec.class)
    void charxRoundTrip(Spec spec) throws Exception {
        Card card = card(spec);
        Path file = dir.resolve("c.charx");
        byte[] icon = PngEncoder.encode(1, 1, new byte[] {9, 9, 9}, false);
        CardWriter.writeCharx(file, card, Map.of(Charx.DEFAULT_ICON, icon));
        assertThat(read(file).card()).isEqualTo(card);
        assertThat(CardImages.imageBytes(file)).hasValue(icon);
    }

    @Test
    void v3PngAlsoCarriesAV2CharaChunkForOlderReaders() throws Exception {
        Path file = dir.resolve("v3.png");
        CardWriter.writePng(file, PngEncoder.encode(1, 1, new byte[3], false), card(Spec.V3));
        assertThat(chunkTypes(Files.readAllBytes(file))).containsExactly("IHDR", "IDAT", "tEXt:chara", "tEXt:ccv3", "IEND");
        // Remove the ccv3 chunk: what a V2-only reader sees.
        byte[] bytes = Files.readAllBytes(file);
        byte[] onlyChara = png().image(PngEncoder.encode(1, 1, new byte[3], false))
                .after(chunkAt(bytes, 2)).bytes();
        CardFile v2 = read(Files.write(dir.resolve("v2view.png"), onlyChara));
        assertThat(v2.card().spec()).isEqualTo(Spec.V2);
        assertThat(v2.card().name()).isEqualTo("Renée");
        assertThat(v2.card().groupOnlyGreetings()).containsExactly("Hello, all");
    }

    @Test
    void pngWriteReplacesCardChunksAndKeepsEverythingElseByteForByte() throws Exception {
        byte[] image = PngEncoder.encode(40, 30, noise(40 * 30 * 4), true);
        byte[] time = PngFixture.chunk("tIME", new byte[] {7, (byte) 0xE9, 1, 2, 3, 4, 5});
        byte[] comment = PngFixture.tEXt("Comment", "hello");
        byte[] original = png().image(image).before(PngFixture.tEXt("Chara", b64("{\"name\":\"Old\"}")))
                .before(time).after(PngFixture.zTXt("ccv3", b64("{\"name\":\"Old3\"}"))).after(comment).bytes();
        Path file = Files.write(dir.resolve("edit.png"), original);

        CardWriter.writePng(file, Files.readAllBytes(file), card(Spec.V2));

        byte[] written = Files.readAllBytes(file);
        // the card takes the place of the first card chunk; the V2 card gets no ccv3 chunk
        assertThat(chunkTypes(written)).containsExactly("IHDR", "tEXt:chara", "tIME", "IDAT", "tEXt:Comment", "IEND");
        List<byte[]> before = chunks(original);
        List<byte[]> after = chunks(written);
        assertThat(after.get(0)).isEqualTo(before.get(0));
        assertThat(after.get(2)).isEqualTo(time);
        assertThat(after.get(3)).isEqualTo(before.get(3));
        assertThat(after.get(4)).isEqualTo(comment);
        assertThat(read(file).card().name()).isEqualTo("Zoë");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void writeJsonReplacesAnExistingFile() throws Exception {
        Path file = Files.writeString(dir.resolve("old.json"), "{\"name\":\"Old\"}");
        CardWriter.writeJson(file, card(Spec.V2));
        assertThat(read(file).card().name()).isEqualTo("Zoë");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("\"unknown_top\":\"kept\"");
    }

    static byte[] noise(int n) {
        byte[] b = new byte[n];
        new java.util.Random(1).nextBytes(b);
        return b;
    }

    static List<byte[]> chunks(byte[] png) {
        List<byte[]> out = new ArrayList<>();
        for (int pos = 8; pos < png.length; ) {
            int end = pos + 12 + Png.readInt(png, pos);
            out.add(java.util.Arrays.copyOfRange(png, pos, end));
            pos = end;
        }
        return out;
    }

    static byte[] chunkAt(byte[] png, int index) {
        return chunks(png).get(index);
    }

    static List<String> chunkTypes(byte[] png) {
        List<String> types = new ArrayList<>();
        for (byte[] c : chunks(png)) {
            String type = new String(c, 4, 4, StandardCharsets.US_ASCII);
            if (Png.isTextType(type)) {
                int nul = 8;
                while (c[nul] != 0) {
                    nul++;
                }
                type += ":" + new String(c, 8, nul - 8, StandardCharsets.ISO_8859_1);
            }
            types.add(type);
        }
        return types;
    }
}
