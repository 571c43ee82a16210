package io.github.chargallery.card;

import static io.github.chargallery.card.TestCards.data;
import static io.github.chargallery.card.TestCards.json;
import static io.github.chargallery.card.TestCards.read;
import static io.github.chargallery.card.TestCards.v1;
import static io.github.chargallery.card.TestCards.v2;
import static io.github.chargallery.card.TestCards.v3;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sloppy real-world cards are read, and each coercion is reported as a warning. */
class LenientReadingTest {
    @TempDir
    Path dir;

    private CardFile readJson(String name, String text) throws Exception {
        return read(Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8));
    }

    private CardFile readJson(ObjectNode card) throws Exception {
        return readJson("card.json", json(card));
    }

    @Test
    void nullCharacterBookIsNoLorebook() throws Exception {
        ObjectNode card = v2("Nell");
        data(card).putNull("character_book");
        CardFile f = readJson(card);
        assertThat(f.card().lorebookEntries()).isZero();
        assertThat(f.warnings()).containsExactly("character_book is null; read as no lorebook");
    }

    @Test
    void alternateGreetingsAsOneString() throws Exception {
        ObjectNode card = v2("Greta");
        data(card).put("alternate_greetings", "Good morning!");
        CardFile f = readJson(card);
        assertThat(f.card().alternateGreetings()).containsExactly("Good morning!");
        assertThat(f.warnings()).containsExactly("alternate_greetings is a single string; read as one greeting");
    }

    @Test
    void tagsAsCommaSeparatedString() throws Exception {
        ObjectNode card = v2("Tess");
        data(card).put("tags", "fantasy, elf ,, mage");
        CardFile f = readJson(card);
        assertThat(f.card().tags()).containsExactly("fantasy", "elf", "mage");
        assertThat(f.warnings()).containsExactly("tags is a comma-separated string; split into 3 tags");
    }

    @Test
    void datesInMillisecondsAreConvertedToSeconds() throws Exception {
        ObjectNode card = v3("Milli");
        data(card).put("creation_date", 1_700_000_000_123L);
        CardFile f = readJson(card);
        assertThat(f.card().creationDate()).isEqualTo(1_700_000_000L);
        assertThat(f.card().modificationDate()).isEqualTo(1_700_000_500L);
        assertThat(f.warnings()).containsExactly("creation_date is in milliseconds; converted to seconds");
    }

    @Test
    void missingFieldsAreReadAsEmpty() throws Exception {
        ObjectNode card = v1("Aqua");
        card.remove("scenario");
        CardFile f = readJson(card);
        assertThat(f.card().spec()).isEqualTo(Spec.V1);
        assertThat(f.card().scenario()).isEmpty();
        assertThat(f.card().creator()).isEmpty();
        assertThat(f.warnings()).containsExactly("missing fields read as empty: scenario");
    }

    @Test
    void missingOptionalV3FieldsAreNotWarnedAbout() throws Exception {
        ObjectNode card = v3("Opt");
        data(card).remove("nickname");
        data(card).remove("character_book");
        data(card).remove("creation_date");
        CardFile f = readJson(card);
        assertThat(f.card().nickname()).isNull();
        assertThat(f.card().creationDate()).isNull();
        assertThat(f.warnings()).isEmpty();
    }

    @Test
    void unknownKeysAreKeptVerbatim() throws Exception {
        ObjectNode card = v2("Keeper");
        card.put("top_level_extra", "x");
        data(card).put("odd_field", 42);
        String text = json(card);
        CardFile f = readJson("keeper.json", text);
        assertThat(f.card().json()).isEqualTo(text);
        assertThat(f.warnings()).isEmpty();
    }

    @Test
    void emptyNameFallsBackToFileName() throws Exception {
        ObjectNode card = v2("  ");
        CardFile f = readJson("Nameless One.json", json(card));
        assertThat(f.card().name()).isEqualTo("Nameless One");
        assertThat(f.warnings()).containsExactly("card has no name; using the file name \"Nameless One\"");
    }

    @Test
    void missingNameFallsBackToFileName() throws Exception {
        ObjectNode card = v2("x");
        data(card).remove("name");
        CardFile f = readJson("anon.json", json(card));
        assertThat(f.card().name()).isEqualTo("anon");
        assertThat(f.warnings()).containsExactly("card has no name; using the file name \"anon\"");
    }

    @Test
    void byteOrderMarkIsIgnored() throws Exception {
        CardFile f = readJson("bom.JSON", "\uFEFF" + json(v2("Bom")));
        assertThat(f.card().name()).isEqualTo("Bom");
        assertThat(f.warnings()).isEmpty();
    }

    @Test
    void lorebookEntriesAsObjectAreCounted() throws Exception {
        ObjectNode card = v2("Map");
        ObjectNode entries = data(card).putObject("character_book").putObject("entries");
        entries.putObject("0").put("content", "a");
        entries.putObject("1").put("content", "b");
        CardFile f = readJson(card);
        assertThat(f.card().lorebookEntries()).isEqualTo(2);
        assertThat(f.warnings()).containsExactly("character_book.entries is an object, not a list; counted its 2 values");
    }

    @Test
    void missingSpecWithDataObjectIsReadAsV2() throws Exception {
        ObjectNode card = v2("NoSpec");
        card.remove("spec");
        card.remove("spec_version");
        CardFile f = readJson(card);
        assertThat(f.card().spec()).isEqualTo(Spec.V2);
        assertThat(f.warnings()).containsExactly("no spec field; read the data object as V2");
    }

    @Test
    void numberWhereTextIsExpected() throws Exception {
        ObjectNode card = v2("Num");
        data(card).put("character_version", 2);
        CardFile f = readJson(card);
        assertThat(f.card().characterVersion()).isEqualTo("2");
        assertThat(f.warnings()).containsExactly("character_version is a number; read as text");
    }
}
