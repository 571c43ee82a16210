package io.github.chargallery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.chargallery.testing.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code collection ...} and the filters of {@code list}, on a generated library. */
class CollectionCommandsTest {
    private static final ObjectMapper M = new ObjectMapper();

    @TempDir
    Path tmp;
    Path lib;
    private CliRun cli;

    private int run(String... args) {
        cli = CliRun.inDataDir(tmp.resolve("data"));
        return cli.run(args);
    }

    @BeforeEach
    void library() {
        lib = tmp.resolve("lib");
        CliRun generate = new CliRun(List.of(), List.of());
        assertThat(generate.run("generate", lib.toString(), "--cards", "120", "--avg-kb", "4", "--seed", "7"))
                .as(generate.err()).isZero();
        assertThat(run("index", lib.toString())).isIn(0, 1); // the generator plants a few unreadable files
    }

    private JsonNode list(String... filters) throws Exception {
        List<String> args = new ArrayList<>(List.of("list", "--json"));
        args.addAll(List.of(filters));
        assertThat(run(args.toArray(String[]::new))).as(cli.err()).isZero();
        return M.readTree(cli.out());
    }

    private static List<String> files(JsonNode rows, Predicate<JsonNode> keep) {
        List<String> files = new ArrayList<>();
        rows.forEach(r -> {
            if (keep.test(r)) {
                files.add(r.get("files").get(0).asText());
            }
        });
        return files;
    }

    private static boolean hasTag(JsonNode r, String tag) {
        for (JsonNode t : r.get("tags")) {
            if (t.asText().strip().toLowerCase(Locale.ROOT).equals(tag)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theFiltersOfListAnswerWhatTheFullListSays() throws Exception {
        JsonNode all = list();
        Predicate<JsonNode> v3 = r -> r.get("spec").asText().equals("v3");
        Predicate<JsonNode> lore = r -> r.get("lorebook_entries").asInt(0) > 0;
        Predicate<JsonNode> short2000 = r -> r.get("tokens").isObject() && r.get("tokens").get("permanent").asInt() <= 2000;
        Predicate<JsonNode> fantasy = r -> hasTag(r, "fantasy");
        Predicate<JsonNode> nsfw = r -> hasTag(r, "nsfw");
        Predicate<JsonNode> greetings = r -> r.get("alternate_greetings").asInt(-1) >= 1
                && r.get("alternate_greetings").asInt(-1) <= 3;

        assertThat(files(list("--spec", "v3"), r -> true)).isEqualTo(files(all, v3)).isNotEmpty();
        assertThat(files(list("--has-lorebook"), r -> true)).isEqualTo(files(all, lore)).isNotEmpty();
        assertThat(files(list("--tokens", "0-2000"), r -> true)).isEqualTo(files(all, short2000)).isNotEmpty();
        assertThat(files(list("--tag", "fantasy"), r -> true)).isEqualTo(files(all, fantasy)).isNotEmpty();
        assertThat(files(list("--not-tag", "NSFW"), r -> true)).isEqualTo(files(all, nsfw.negate()));
        assertThat(files(list("--greetings", "1-3"), r -> true)).isEqualTo(files(all, greetings)).isNotEmpty();
        assertThat(files(list("--unreadable"), r -> true)).isEqualTo(files(all, r -> !r.get("error").isNull()));
        assertThat(files(list("--spec", "v3", "--has-lorebook", "--tokens", "0-2000", "--tag", "fantasy",
                "--not-tag", "nsfw"), r -> true))
                .isEqualTo(files(all, v3.and(lore).and(short2000).and(fantasy).and(nsfw.negate())));
    }

    @Test
    void collectionCommandsAndTheCollectionFilter() throws Exception {
        List<Path> cards;
        try (Stream<Path> s = Files.walk(lib)) {
            cards = s.filter(p -> p.toString().endsWith(".json")).sorted().limit(3).toList();
        }
        assertThat(run("collection", "create", "Picks")).isZero();
        assertThat(run("collection", "create", "picks")).isEqualTo(2);
        assertThat(cli.err()).contains("\"Picks\" exists already");
        assertThat(run("collection", "add", "picks", cards.get(0).toString(), cards.get(1).toString(),
                cards.get(2).toString())).as(cli.err()).isZero();
        assertThat(cli.out()).contains("added 3 cards to Picks");
        assertThat(run("collection", "remove", "Picks", cards.get(2).toString())).isZero();

        assertThat(files(list("--collection", "picks"), r -> true))
                .containsExactlyInAnyOrder(cards.get(0).toString(), cards.get(1).toString());
        JsonNode all = list();
        assertThat(files(all, r -> r.get("collections").toString().contains("Picks"))).hasSize(2);
        assertThat(files(list("--no-collection"), r -> true)).hasSize(all.size() - 2);

        assertThat(run("collection", "list", "--json")).isZero();
        JsonNode lists = M.readTree(cli.out());
        assertThat(lists.get(0).get("name").asText()).isEqualTo("Picks");
        assertThat(lists.get(0).get("count").asInt()).isEqualTo(2);
        assertThat(run("collection", "list", "Picks", "--json")).isZero();
        assertThat(M.readTree(cli.out())).hasSize(2);

        assertThat(run("collection", "rename", "Picks", "Best")).isZero();
        assertThat(run("collection", "delete", "best")).isZero();
        assertThat(cli.out()).contains("its 2 cards stay in the library");
        assertThat(list()).hasSize(all.size());
    }

    @Test
    void badInputIsNamedWithExitTwo() {
        assertThat(run("list", "--collection", "Nope")).isEqualTo(2);
        assertThat(cli.err()).contains("no collection \"Nope\"");
        assertThat(run("list", "--tokens", "2000-0")).isEqualTo(2);
        assertThat(cli.err()).contains("--tokens").contains("after its end");
        assertThat(run("list", "--spec", "v4")).isEqualTo(2);
        assertThat(cli.err()).contains("v1, v2 or v3");
        assertThat(run("list", "--added", "2024-13-01..")).isEqualTo(2);
        assertThat(cli.err()).contains("no day");
        assertThat(run("collection", "frobnicate")).isEqualTo(2);
        assertThat(run("collection", "add", "Nope", lib.toString())).isEqualTo(2);
        assertThat(run("collection", "create", "Picks")).isZero();
        assertThat(run("collection", "add", "Picks", tmp.resolve("nothere.png").toString())).isEqualTo(1);
        assertThat(cli.err()).contains("not in the index");
    }
}
