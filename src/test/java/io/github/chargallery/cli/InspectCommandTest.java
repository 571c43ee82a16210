package io.github.chargallery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "inspect";
        System.arraycopy(args, 0, all, 1, args.length);
        return Cli.run(all, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
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
        JsonNode arr = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
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
    void allReadExitsZeroWithTextReport() throws Exception {
        Path good = card("good.json", V2);
        assertThat(run(good.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(good + "\n  spec: v2\n  name: Zoë\n  creator: Ann\n"
                + "  tags: a, b\n  warning: tags is a comma-separated string; split into 2 tags\n");
    }

    @Test
    void textReportShowsTheError() throws Exception {
        Path missing = dir.resolve("nope.png");
        assertThat(run(missing.toString())).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(missing + "\n  error: file not found\n");
    }

    @Test
    void badUsage() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage: inspect FILE... [--json]");
        assertThat(run("--yaml", "x.png")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown option: --yaml");
    }
}
