package io.github.chargallery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.chargallery.testing.ChildJvm;
import io.github.chargallery.testing.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code list --json} writes rows as it reads them: a library whose rows would take several times the heap
 * when held at once (3,000 cards of 200 tags each, about 90 MB as objects) lists in full under -Xmx32m.
 */
class ListStreamingTest {
    static final int CARDS = 3000;

    @TempDir
    Path tmp;

    @Test
    void listJsonOfALibraryLargerThanTheHeapStreamsEveryRow() throws Exception {
        Path cards = Files.createDirectories(tmp.resolve("cards"));
        String tags = IntStream.range(0, 200).mapToObj(i -> "\"a rather long tag name number " + i + "\"")
                .collect(Collectors.joining(","));
        for (int i = 0; i < CARDS; i++) {
            Files.writeString(cards.resolve("card-" + i + ".json"), "{\"spec\":\"chara_card_v2\",\"spec_version\":"
                    + "\"2.0\",\"data\":{\"name\":\"Card " + i + "\",\"creator\":\"t\",\"tags\":[" + tags + "],"
                    + "\"description\":\"d\",\"first_mes\":\"hi\"}}");
        }
        Path data = tmp.resolve("data");
        CliRun cli = new CliRun(List.of(), List.of("--data-dir", data.toString()));
        assertThat(cli.run("index", cards.toString())).as(cli.err()).isZero();

        ChildJvm.Result r = ChildJvm.run(List.of("-Xmx32m"), List.of("list", "--json", "--data-dir", data.toString()), tmp);
        assertThat(r.exitCode()).as(r.output().substring(0, Math.min(2000, r.output().length()))).isZero();
        JsonNode list = new ObjectMapper().readTree(r.output());
        assertThat(list).hasSize(CARDS);
        assertThat(list.get(CARDS - 1).path("tags")).hasSize(200);
    }
}
