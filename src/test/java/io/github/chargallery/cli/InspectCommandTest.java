package io.github.chargallery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.chargallery.card.Card;
import io.github.chargallery.card.TokenCounter;
import io.github.chargallery.testing.CardJson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.chargallery.testing.CliRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectCommandTest {
    @TempDir
    Path dir;

    private final CliRun cli = new CliRun(List.of("inspect"), List.of());

    private int run(String... args) {
        return cli.run(args);
    }

    private Path card(String file, String json) throws Exception {
        return Files.writeString(dir.resolve(file), json, StandardCharsets.UTF_8);
    }

    private static final String V2 = "{\"spec\":\"chara_card_v2\",\"data\":{\"name\":\"Zoë\",\"creator\":\"Ann\","
            + "\"tags\":\"a, b\",\"description\":\"\",\"personality\":\"\",\"scenario\":\"\",\"first_mes\":\"\","
            + "\"mes_example\":\"\",\"creator_notes\":\"\",\"system_prompt\":\"\",\"post_history_instructions\":\"\","
            + "\"alternate_greetings\":[],\"character_version\":\"1\",\"extensions\":{}}}";

    @Test
    void jsonOutputListsEveryFileInArgumentOrderAndFailsWhenOneFails() throws Exception {
        Path bad = card("bad.json", "[]");
        Path good = card("good.json", V2);
        int code = run(bad.toString(), "--json", good.toString());
        assertThat(code).isEqualTo(1);
        JsonNode arr = new ObjectMapper().readTree(cli.out());
        assertThat(arr.size()).isEqualTo(2);
        JsonNode b = arr.get(0);
        assertThat(b.get("path").asText()).isEqualTo(bad.toString());
        assertThat(b.get("ok").asBoolean()).isFalse();
        assertThat(b.get("spec").isNull()).isTrue();
        assertThat(b.get("error").asText()).isEqualTo("file holds a JSON array, not a card object");
        JsonNode g = arr.get(1);
        assertThat(g.get("ok").asBoolean()).isTrue();
        assertThat(g.get("spec").asText()).isEqualTo("v2");
        assertThat(g.get("name").asText()).isEqualTo("Zoë");
        assertThat(g.get("creator").asText()).isEqualTo("Ann");
        assertThat(g.get("tags").toString()).isEqualTo("[\"a\",\"b\"]");
        assertThat(g.get("warnings").toString()).isEqualTo("[\"tags is a comma-separated string; split into 2 tags\"]");
        assertThat(g.get("error").isNull()).isTrue();
    }

    @Test
    void jsonGivesTokenCountsLorebookEntriesAndGreetings() throws Exception {
        ObjectNode json = (ObjectNode) new ObjectMapper().readTree(
                CardJson.v2("Mira", "Ann", List.of("sea"), "A lighthouse keeper who counts the ships that never come."));
        ObjectNode data = (ObjectNode) json.get("data");
        data.putArray("alternate_greetings").add("Back again?").add("The fog is in.").add("Tea?");
        ArrayNode entries = data.putObject("character_book").putArray("entries");
        for (String key : List.of("lighthouse", "ferry")) {
            entries.addObject().put("content", "About the " + key + ".").put("enabled", true).putArray("keys").add(key);
        }
        Path file = card("mira.json", json.toString());
        TokenCounter.Counts expected = TokenCounter.of(Card.fromJson(json.toString(), "Mira"));

        assertThat(run(file.toString(), "--json")).isZero();

        JsonNode m = new ObjectMapper().readTree(cli.out()).get(0);
        assertThat(m.get("tokens").get("permanent").asInt()).isEqualTo(expected.permanent()).isPositive();
        assertThat(m.get("tokens").get("first_message").asInt()).isEqualTo(expected.firstMessage()).isPositive();
        assertThat(m.get("tokens").get("tokenizer").asText()).isEqualTo("cl100k");
        assertThat(m.get("lorebook_entries").asInt()).isEqualTo(2);
        assertThat(m.get("greetings").asInt()).isEqualTo(3);
    }

    @Test
    void allReadExitsZeroWithTextReport() throws Exception {
        Path good = card("good.json", V2);
        assertThat(run(good.toString())).isZero();
        assertThat(cli.out()).isEqualTo(good + "\n  spec: v2\n  name: Zoë\n  creator: Ann\n"
                + "  tags: a, b\n  warning: tags is a comma-separated string; split into 2 tags\n");
    }

    @Test
    void textReportShowsTheError() throws Exception {
        Path missing = dir.resolve("nope.png");
        assertThat(run(missing.toString())).isEqualTo(1);
        assertThat(cli.out()).isEqualTo(missing + "\n  error: file not found\n");
    }

    @Test
    void badUsage() {
        assertThat(run()).isEqualTo(2);
        assertThat(cli.err()).contains("Usage: character-gallery inspect FILE... [--json]");
        assertThat(run("--yaml", "x.png")).isEqualTo(2);
        assertThat(cli.err()).contains("Unknown option: --yaml");
    }

    /**
     * Linux names that are not UTF-8 reach main() as "bad\uFFFD.json" twice; inspect still reads each file
     * (from the raw bytes the kernel passed) and shows the two names apart. A real process: only its
     * command line holds raw bytes.
     */
    @Test
    void readsFilesWhoseNamesAreNotUtf8GivenOnTheCommandLine() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(Path.of("/proc/self/cmdline")), "Linux only");
        Files.writeString(Path.of(java.net.URI.create(dir.toUri() + "bad%FF.json")), V2.replace("Zoë", "Alice"));
        Files.writeString(Path.of(java.net.URI.create(dir.toUri() + "bad%FE.json")), V2.replace("Zoë", "Bob"));
        ProcessBuilder child = io.github.chargallery.testing.ChildJvm.builder(List.of("-Xmx128m"),
                "io.github.chargallery.Launcher", List.of("inspect", "--json"));
        List<String> command = new java.util.ArrayList<>(List.of("sh", "-c",
                "cd \"$1\" && shift && exec \"$@\" \"$(printf 'bad\\377.json')\" \"$(printf 'bad\\376.json')\"",
                "sh", dir.toString()));
        command.addAll(child.command());
        Path log = dir.resolve("out.log");
        Process p = new ProcessBuilder(command).redirectOutput(log.toFile())
                .redirectError(dir.resolve("err.log").toFile()).start();
        int code = p.waitFor();

        JsonNode arr = new ObjectMapper().readTree(Files.readString(log));
        assertThat(code).as(Files.readString(log) + Files.readString(dir.resolve("err.log"))).isZero();
        assertThat(arr).hasSize(2);
        assertThat(arr.get(0).get("path").asText()).isEqualTo("bad\\xFF.json");
        assertThat(arr.get(0).get("name").asText()).isEqualTo("Alice");
        assertThat(arr.get(1).get("path").asText()).isEqualTo("bad\\xFE.json");
        assertThat(arr.get(1).get("name").asText()).isEqualTo("Bob");
    }

    /** {@code favorite} takes such a name too, and marks that file's card, not its look-alike's. */
    @Test
    void favoriteMarksTheCardOfAFileWhoseNameIsNotUtf8() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(Path.of("/proc/self/cmdline")), "Linux only");
        Path cards = Files.createDirectories(dir.resolve("cards"));
        Files.writeString(Path.of(java.net.URI.create(cards.toUri() + "bad%FF.json")), V2.replace("Zoë", "Alice"));
        Files.writeString(Path.of(java.net.URI.create(cards.toUri() + "bad%FE.json")), V2.replace("Zoë", "Bob"));
        Path data = dir.resolve("data");
        assertThat(io.github.chargallery.testing.ChildJvm.run(List.of(), List.of("index", cards.toString(),
                "--data-dir", data.toString()), dir).exitCode()).isZero();

        ProcessBuilder child = io.github.chargallery.testing.ChildJvm.builder(List.of("-Xmx128m"),
                "io.github.chargallery.Launcher", List.of("favorite"));
        List<String> command = new java.util.ArrayList<>(List.of("sh", "-c",
                "cd \"$1\" && shift && exec \"$@\" \"$(printf 'bad\\376.json')\" on --data-dir ../data",
                "sh", cards.toString()));
        command.addAll(child.command());
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("fav.log").toFile()).start();
        assertThat(p.waitFor()).as(Files.readString(dir.resolve("fav.log"))).isZero();

        io.github.chargallery.testing.ChildJvm.Result list = io.github.chargallery.testing.ChildJvm.run(List.of(),
                List.of("list", "--json", "--data-dir", data.toString()), dir);
        JsonNode arr = new ObjectMapper().readTree(list.output());
        java.util.Map<String, Boolean> favourite = new java.util.HashMap<>();
        arr.forEach(c -> favourite.put(c.get("name").asText(), c.get("favorite").asBoolean()));
        assertThat(favourite).containsExactlyInAnyOrderEntriesOf(java.util.Map.of("Alice", false, "Bob", true));
    }

    /** {@code index} and {@code roots remove} take folders whose names are not UTF-8, each as itself. */
    @Test
    void foldersWhoseNamesAreNotUtf8AreTwoRootsAndOneCanBeRemoved() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(Path.of("/proc/self/cmdline")), "Linux only");
        Path alice = Files.createDirectories(Path.of(java.net.URI.create(dir.toUri() + "cards%FF/")));
        Path bob = Files.createDirectories(Path.of(java.net.URI.create(dir.toUri() + "cards%FE/")));
        Files.writeString(alice.resolve("a.json"), V2.replace("Zoë", "Alice"));
        Files.writeString(bob.resolve("b.json"), V2.replace("Zoë", "Bob"));

        assertThat(runInDir("index \"$(printf 'cards\\377')\" \"$(printf 'cards\\376')\" --json --data-dir data"))
                .contains("\"added\":2").contains("\"errors\":0");
        assertThat(runInDir("roots --json --data-dir data"))
                .contains(dir.resolve("cards").toString() + "\\\\xFF").contains("\\\\xFE");
        assertThat(runInDir("roots remove \"$(printf 'cards\\376')\" --data-dir data")).contains("removed");

        JsonNode arr = new ObjectMapper().readTree(runInDir("list --json --data-dir data"));
        assertThat(arr).extracting(c -> c.get("name").asText()).containsExactly("Alice");
    }

    /** Runs the jar's main class in {@code dir} through sh, so that arguments can carry raw bytes; exit 0 expected. */
    private String runInDir(String arguments) throws Exception {
        ProcessBuilder child = io.github.chargallery.testing.ChildJvm.builder(List.of("-Xmx128m"),
                "io.github.chargallery.Launcher", List.of());
        String jvm = child.command().stream().map(w -> "'" + w.replace("'", "'\\''") + "'")
                .collect(java.util.stream.Collectors.joining(" "));
        Path log = Files.createTempFile(dir, "run", ".log");
        Process p = new ProcessBuilder("sh", "-c", "cd \"$1\" && exec " + jvm + " " + arguments, "sh", dir.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor()).as(arguments + "\n" + Files.readString(log)).isZero();
        return Files.readString(log);
    }

    /**
     * The index's paths do not depend on the locale: an index made under a UTF-8 locale is rescanned and
     * listed under LANG=C (where Java cannot encode "Zoë") without a change, and so are names that are
     * not UTF-8 at all.
     */
    @Test
    void anIndexMadeUnderUtf8IsRescannedAndListedUnderLangC() throws Exception {
        Path cards = Files.createDirectories(dir.resolve("cards"));
        card("cards/Zoë.json", V2);
        Files.writeString(Path.of(java.net.URI.create(cards.toUri() + "bad%FF.json")), V2.replace("Zoë", "Alice"));
        for (Path f : List.of(cards.resolve("Zoë.json"), Path.of(java.net.URI.create(cards.toUri() + "bad%FF.json")))) {
            Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        }
        Path data = dir.resolve("data");
        assertThat(io.github.chargallery.testing.ChildJvm.run(List.of(), List.of("index", cards.toString(),
                "--data-dir", data.toString()), dir).exitCode()).isZero();

        String rescan = langC("index", "--json", "--data-dir", data.toString());
        JsonNode report = new ObjectMapper().readTree(rescan);
        assertThat(List.of("added", "updated", "removed", "unchanged", "errors").stream()
                .map(k -> report.get(k).asInt()).toList()).containsExactly(0, 0, 0, 2, 0);
        String list = langC("list", "--json", "--data-dir", data.toString());
        JsonNode arr = new ObjectMapper().readTree(list);
        List<String> names = new java.util.ArrayList<>();
        arr.forEach(c -> names.add(c.get("name").asText()));
        // (list prints in the platform charset: under LANG=C "Zoë" comes out as "Zo?"; not the point here)
        assertThat(names).hasSize(2).contains("Alice");
    }

    private String langC(String... args) throws Exception {
        ProcessBuilder child = io.github.chargallery.testing.ChildJvm.builder(List.of("-Xmx128m"),
                "io.github.chargallery.Launcher", List.of(args));
        child.environment().put("LC_ALL", "C");
        child.environment().remove("LANG");
        Path log = Files.createTempFile(dir, "langc", ".log");
        Process p = child.redirectErrorStream(false).redirectOutput(log.toFile())
                .redirectError(dir.resolve("langc-err.log").toFile()).start();
        int code = p.waitFor();
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(code).as(out + Files.readString(dir.resolve("langc-err.log"), StandardCharsets.ISO_8859_1)).isZero();
        return out;
    }
}
