package io.github.chargallery.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CardEditorTest {
    static final Instant NOW = Instant.ofEpochSecond(1_800_000_000L);
    static final ObjectMapper M = new ObjectMapper();
    @TempDir
    Path dir;

    static ObjectNode v3WithOddities() {
        ObjectNode card = TestCards.v3("Knight");
        ObjectNode d = TestCards.data(card);
        d.putObject("extensions").put("depth_prompt", "x").putObject("unknown_app").put("deep", 1.10);
        d.put("zz_unknown", "keep me");
        card.put("top_unknown", new java.math.BigInteger("12345678901234567890"));
        return card;
    }

    @Test
    void aV3PngEditKeepsEveryOtherChunkAndKeyAndReplacesTheCardChunksWhereTheyStand() throws Exception {
        String json = v3WithOddities().toString();
        byte[] png = PngFixture.png()
                .before(PngFixture.tEXt("chara", PngFixture.b64(PngCardWriter.asV2(json))))
                .before(PngFixture.chunk("tIME", new byte[] {7, (byte) 0xE8, 1, 2, 3, 4, 5}))
                .after(PngFixture.tEXt("chara-ext-asset_1", "QUJD"))
                .after(PngFixture.iTXt("Comment", "made by hand", false))
                .after(PngFixture.tEXt("ccv3", PngFixture.b64(json)))
                .bytes();
        Path file = Files.write(dir.resolve("k.png"), png);

        CardEdit edit = CardEditor.edit(file, CardChanges.NONE.with(CardField.DESCRIPTION, "A short knight."), NOW)
                .orElseThrow();
        CardEditor.write(edit);

        byte[] after = Files.readAllBytes(file);
        assertThat(Chunks.others(after)).isEqualTo(Chunks.others(png));
        assertThat(Chunks.layout(after)).isEqualTo(Chunks.layout(png));
        CardFile back = TestCards.read(file);
        assertThat(back.card().description()).isEqualTo("A short knight.");
        assertThat(back.card().modificationDate()).isEqualTo(NOW.getEpochSecond());
        assertThat(back.card().creationDate()).isEqualTo(1_700_000_000L);
        assertOnlyChanged(json, back.card().json(), "description", "modification_date");
        // the backfill is the same card, relabelled V2
        String st = Chunks.sillyTavernRead(after);
        assertThat(M.readTree(st).path("data").path("description").asText()).isEqualTo("A short knight.");
        assertThat(M.readTree(st).path("spec").asText()).isEqualTo("chara_card_v3");
    }

    @Test
    void aV2PngGetsOneCharaChunkAndNoV3() throws Exception {
        String json = TestCards.v2("Page").toString();
        byte[] png = PngFixture.png().after(PngFixture.tEXt("chara", PngFixture.b64(json))).bytes();
        Path file = Files.write(dir.resolve("p.png"), png);

        CardEditor.write(CardEditor.edit(file, CardChanges.NONE.withTags(List.of("squire")), NOW).orElseThrow());

        byte[] after = Files.readAllBytes(file);
        assertThat(Chunks.layout(after)).containsExactly("IHDR", "IDAT", "tEXt:chara", "IEND");
        String st = Chunks.sillyTavernRead(after);
        assertThat(M.readTree(st).path("spec").asText()).isEqualTo("chara_card_v2");
        assertThat(M.readTree(st).path("data").path("tags")).hasSize(1);
        assertOnlyChanged(json, st, "tags");
    }

    @Test
    void aV1CardIsEditedAtTheTopLevel() throws Exception {
        String json = TestCards.v1("Old").put("avatar", "none").toString();
        Path file = Files.writeString(dir.resolve("old.json"), json);

        CardEditor.write(CardEditor.edit(file, CardChanges.NONE.with(CardField.SCENARIO, "A field."), NOW).orElseThrow());

        String back = Files.readString(file);
        assertOnlyChanged(json, back, "scenario");
        assertThat(TestCards.read(file).card().spec()).isEqualTo(Spec.V1);
    }

    @Test
    void anIndentedJsonFileKeepsItsLayoutLineForLine() throws Exception {
        // the file as JSON.stringify(card, null, 4) writes it, with a byte order mark and a final newline
        String text = "\uFEFF" + new JsonText(true, "    ", "\n",
                com.fasterxml.jackson.core.util.Separators.Spacing.AFTER,
                com.fasterxml.jackson.core.util.Separators.Spacing.NONE, true).write(v3WithOddities());
        Path file = Files.writeString(dir.resolve("k.json"), text);

        CardEditor.write(CardEditor.edit(file, CardChanges.NONE.with(CardField.NAME, "Lady Knight"), NOW).orElseThrow());

        assertThat(Files.readString(file)).isEqualTo(text
                .replace("\"name\": \"Knight\"", "\"name\": \"Lady Knight\"")
                .replace("\"modification_date\": 1700000500", "\"modification_date\": 1800000000"));
        assertThat(text).contains("\n        \"name\": \"Knight\",\n").contains("\"deep\": 1.1"); 
    }

    @Test
    void unchangedValuesLeaveTheFileAsItIs() throws Exception {
        ObjectNode card = TestCards.v2("Same");
        TestCards.data(card).put("tags", "a, b");
        Path file = Files.writeString(dir.resolve("s.json"), card.toString());
        CardChanges same = CardChanges.NONE.with(CardField.NAME, "Same").withTags(List.of("a", "b"))
                .with(CardField.CHARACTER_VERSION, "1.2");

        assertThat(CardEditor.edit(file, same, NOW)).isEmpty();
    }

    /** What an editor holding every part of the card passes back when the user changed nothing. */
    static CardChanges everything(Card c) {
        CardChanges all = CardChanges.NONE.withTags(c.tags()).withAlternateGreetings(c.alternateGreetings())
                .withGroupOnlyGreetings(c.groupOnlyGreetings()).withLorebook(CardEditor.lorebook(c));
        for (CardField f : CardField.values()) {
            all = all.with(f, f.of(c));
        }
        return all;
    }

    @Test
    void everyFieldPassedBackUnchangedWritesNothing() throws Exception {
        ObjectNode odd = v3WithOddities();
        TestCards.data(odd).put("name", "  Spaced  ").putObject("description").put("not", "text");
        TestCards.data(odd).put("alternate_greetings", "just one").put("character_version", 2.5);
        for (ObjectNode card : List.of(odd, TestCards.v1("Plain"), TestCards.v2("Two"))) {
            Path file = Files.writeString(dir.resolve("all.json"), card.toString());
            assertThat(CardEditor.edit(file, everything(TestCards.read(file).card()), NOW)).as(card.toString()).isEmpty();
        }
    }

    @Test
    void anEmptyNameIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("n.json"), TestCards.v2("Named").toString());

        assertThatThrownBy(() -> CardEditor.edit(file, CardChanges.NONE.with(CardField.NAME, "  "), NOW))
                .isInstanceOf(EditRefusedException.class).hasMessageContaining("name is empty");
        assertThatThrownBy(() -> CardEditor.checkRaw("{\"spec\":\"chara_card_v2\",\"data\":{\"name\":\"\"}}"))
                .isInstanceOf(EditRefusedException.class).hasMessageContaining("name is empty");
        assertThatThrownBy(() -> CardEditor.checkRaw("{\"spec\": \"chara_card_v2\", \"data\": {"))
                .isInstanceOf(EditRefusedException.class).hasMessageContaining("not JSON");
    }

    @Test
    void lorebookEditsKeepTheEntriesUnknownFields() throws Exception {
        ObjectNode card = TestCards.v3("Lore");
        ObjectNode first = (ObjectNode) TestCards.data(card).path("character_book").path("entries").get(0);
        first.put("id", 7).put("priority", 3).putObject("extensions").put("position", 4);
        Path file = Files.writeString(dir.resolve("l.json"), card.toString());
        List<LorebookEntry> entries = CardEditor.lorebook(TestCards.read(file).card());
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).keys()).containsExactly("castle");

        List<LorebookEntry> edited = List.of(entries.get(0).withContent("new lore").withKeys(List.of("castle", "keep")),
                LorebookEntry.create(List.of("moat"), "water"));
        CardEditor.write(CardEditor.edit(file, CardChanges.NONE.withLorebook(edited), NOW).orElseThrow());

        JsonNode book = M.readTree(Files.readString(file)).path("data").path("character_book").path("entries");
        assertThat(book).hasSize(2);
        assertThat(book.get(0).path("content").asText()).isEqualTo("new lore");
        assertThat(book.get(0).path("id").asInt()).isEqualTo(7);
        assertThat(book.get(0).path("priority").asInt()).isEqualTo(3);
        assertThat(book.get(0).path("extensions").path("position").asInt()).isEqualTo(4);
        assertThat(book.get(0).has("enabled")).isFalse(); // not written: it did not change
        assertThat(book.get(1).path("keys").get(0).asText()).isEqualTo("moat");
        assertThat(book.get(1).path("use_regex").isBoolean()).isTrue();
    }

    @Test
    void greetingsAreAddedRemovedAndReordered() throws Exception {
        ObjectNode card = TestCards.v3("Greeter");
        TestCards.data(card).putArray("alternate_greetings").add("one").add("two").add("three");
        Path file = Files.writeString(dir.resolve("g.json"), card.toString());

        CardEditor.write(CardEditor.edit(file, CardChanges.NONE.withAlternateGreetings(List.of("three", "one", "four"))
                .withGroupOnlyGreetings(List.of()), NOW).orElseThrow());

        Card back = TestCards.read(file).card();
        assertThat(back.alternateGreetings()).containsExactly("three", "one", "four");
        assertThat(back.groupOnlyGreetings()).isEmpty();
    }

    @Test
    void aCharxKeepsEveryOtherEntryByteForByte() throws Exception {
        Path file = dir.resolve("c.charx");
        byte[] icon = PngEncoder.encode(2, 1, new byte[6], false);
        CardWriter.writeCharx(file, Card.fromJson(v3WithOddities().toString(), "c"),
                java.util.Map.of(Charx.DEFAULT_ICON, icon, "assets/other/x.bin", new byte[] {1, 2, 3}));
        byte[] before = Files.readAllBytes(file);

        CardEditor.write(CardEditor.edit(file, CardChanges.NONE.with(CardField.CREATOR, "Someone"), NOW).orElseThrow());

        ZipEntries.assertOthersEqual(before, Files.readAllBytes(file));
        Card back = TestCards.read(file).card();
        assertThat(back.creator()).isEqualTo("Someone");
        assertOnlyChanged(v3WithOddities().toString(), back.json(), "creator", "modification_date");
    }

    @Test
    void aNewPictureGetsTheCardChunksAndAssetsByteForByte() throws Exception {
        String json = v3WithOddities().toString();
        byte[] card = PngFixture.png().after(PngFixture.tEXt("chara-ext-asset_1", "QUJD"))
                .after(PngFixture.tEXt("chara", PngFixture.b64(PngCardWriter.asV2(json))))
                .after(PngFixture.tEXt("ccv3", PngFixture.b64(json))).bytes();
        Path file = Files.write(dir.resolve("pic.png"), card);
        byte[] picture = PngFixture.png().image(PngEncoder.encode(3, 3, new byte[27], false))
                .after(PngFixture.tEXt("chara", PngFixture.b64("{\"name\":\"stale\"}")))
                .after(PngFixture.tEXt("Software", "paint")).bytes();

        CardEdit edit = CardEditor.onPicture(file, picture);

        List<String> carried = Chunks.of(card).stream().filter(c -> c.isCard() || c.keyword() != null
                && c.keyword().startsWith("chara-ext")).map(Chunks.Chunk::id).toList();
        List<String> kept = Chunks.of(picture).stream().filter(c -> !c.isCard()).map(Chunks.Chunk::id).toList();
        List<String> after = Chunks.of(edit.after()).stream().map(Chunks.Chunk::id).toList();
        assertThat(after).containsSubsequence(kept.subList(0, kept.size() - 1)).containsSubsequence(carried)
                .endsWith(kept.get(kept.size() - 1)).hasSize(kept.size() + carried.size());
        CardEditor.write(edit);
        assertThat(TestCards.read(file).card().json()).isEqualTo(json);
    }

    @Test
    void rawJsonReplacesTheCardAndMayChangeItsSpec() throws Exception {
        String json = TestCards.v2("Raw").toString();
        Path file = Files.write(dir.resolve("r.png"), PngFixture.png().after(PngFixture.tEXt("chara",
                PngFixture.b64(json))).bytes());
        ObjectNode v3 = TestCards.v3("Raw3");

        CardEditor.write(CardEditor.edit(file, CardChanges.raw(v3.toString()), NOW).orElseThrow());

        byte[] after = Files.readAllBytes(file);
        assertThat(Chunks.layout(after)).containsExactly("IHDR", "IDAT", "tEXt:chara", "tEXt:ccv3", "IEND");
        assertThat(TestCards.read(file).card().name()).isEqualTo("Raw3");
    }

    @Test
    void aWriteThatFailsTheReadBackLeavesTheOriginal() throws Exception {
        Path file = Files.writeString(dir.resolve("f.json"), TestCards.v2("Fine").toString());
        byte[] before = Files.readAllBytes(file);
        CardEdit edit = CardEditor.edit(file, CardChanges.NONE.with(CardField.NAME, "Other"), NOW).orElseThrow();
        CardEdit broken = new CardEdit(edit.file(), edit.format(), edit.before(),
                "{\"spec\":".getBytes(StandardCharsets.UTF_8), edit.card());

        assertThatThrownBy(() -> CardEditor.write(broken)).hasMessageContaining("left as it was");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file); // no temporary file left
        }
    }

    /** The two card JSON texts differ in exactly these keys of the card's fields (data, or top level for V1). */
    static void assertOnlyChanged(String before, String after, String... keys) throws Exception {
        ObjectNode a = (ObjectNode) M.readTree(before);
        ObjectNode b = (ObjectNode) M.readTree(after);
        ObjectNode da = a.has("data") ? (ObjectNode) a.get("data") : a;
        ObjectNode db = b.has("data") ? (ObjectNode) b.get("data") : b;
        for (String k : keys) {
            assertThat(db.get(k)).as(k + " changed").isNotEqualTo(da.get(k));
            da.remove(k);
            db.remove(k);
        }
        assertThat(b).isEqualTo(a);
        assertThat(b.toString()).as("key order").isEqualTo(a.toString());
    }
}
