package io.github.chargallery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.chargallery.testing.CliRun;
import io.github.chargallery.testing.SillyTavernFolders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StCommandTest {
    private static final ObjectMapper M = new ObjectMapper();

    @TempDir
    Path tmp;

    private final CliRun cli = new CliRun(List.of(), List.of());

    private int run(String... args) {
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                java.util.stream.Stream.of("--data-dir", tmp.resolve("data").toString())).toArray(String[]::new);
        return cli.run(all);
    }

    private static JsonNode byName(JsonNode list, String name) {
        for (JsonNode n : list) {
            if (n.path("name").asText().equals(name)) {
                return n;
            }
        }
        throw new AssertionError("no card " + name + " in " + list);
    }

    @Test
    void linkStatusSendListAndUnlink() throws Exception {
        Path user = SillyTavernFolders.make(tmp.resolve("SillyTavern/data"));
        Path archive = tmp.resolve("archive");
        Path lira = SillyTavernFolders.pngCard(archive.resolve("lira.png"), "Lira", "A catgirl.", List.of());
        Path other = SillyTavernFolders.pngCard(archive.resolve("other.png"), "Seraphina", "Not her.", List.of());
        Files.copy(user.resolve("characters/Seraphina.png"), archive.resolve("seraphina.png"));
        Path broken = Files.writeString(archive.resolve("broken.png"), "no card");
        run("index", archive.toString());

        assertThat(run("st", "link", tmp.resolve("SillyTavern").toString())).isEqualTo(1);
        assertThat(cli.err()).contains("is not a SillyTavern user data folder").contains("did you mean " + user);
        assertThat(run("st", "link", user.toString())).as(cli.err()).isEqualTo(0);
        assertThat(cli.out()).contains("2 card files in its characters folder, 1 of them also in the archive, 2 chats");

        assertThat(run("st", "status", "--json")).isEqualTo(0);
        JsonNode status = M.readTree(cli.out());
        assertThat(status.path("linked").get(0).path("user").asText()).isEqualTo("default-user");
        assertThat(status.path("cards_there").asInt()).isEqualTo(2);
        assertThat(status.path("matched_in_archive").asInt()).isEqualTo(1);
        assertThat(status.path("chats").asInt()).isEqualTo(2);

        assertThat(run("st", "send", lira.toString(), other.toString(), archive.resolve("seraphina.png").toString(),
                broken.toString(), "--json")).isEqualTo(1);
        JsonNode sent = M.readTree(cli.out());
        assertThat(sent).hasSize(4);
        assertThat(sent.get(0).path("sent").asText()).isEqualTo("Lira.png");
        assertThat(sent.get(1).path("sent").asText()).isEqualTo("Seraphina (2).png");
        assertThat(sent.get(2).path("sent").asText()).isEqualTo("already");
        assertThat(sent.get(2).path("st_file").asText()).isEqualTo("Seraphina.png");
        assertThat(sent.get(3).path("sent").isNull()).isTrue();
        assertThat(sent.get(3).path("error").asText()).isNotBlank();
        assertThat(cli.err()).contains("broken.png: not sent:");

        assertThat(run("st", "send", lira.toString())).isEqualTo(0);
        assertThat(cli.out()).contains("already in SillyTavern as Lira.png");

        run("index");
        assertThat(run("list", "--json")).isEqualTo(0);
        JsonNode list = M.readTree(cli.out());
        JsonNode seraphina = null;
        for (JsonNode n : list) {
            if (n.path("files").toString().contains(archive.resolve("seraphina.png").toString())) {
                seraphina = n;
            }
        }
        assertThat(seraphina.path("files")).hasSize(2);
        assertThat(seraphina.path("in_sillytavern").asBoolean()).isTrue();
        assertThat(seraphina.path("st_file").asText()).isEqualTo("Seraphina.png");
        assertThat(seraphina.path("st_tags").toString()).isEqualTo("[\"Fantasy\",\"Healer\"]");
        assertThat(seraphina.path("chats").asInt()).isEqualTo(2);
        assertThat(seraphina.path("last_chat").asText()).isEqualTo(SillyTavernFolders.LAST_CHAT.toString());
        JsonNode l = byName(list, "Lira");
        assertThat(l.path("in_sillytavern").asBoolean()).isTrue();
        assertThat(l.path("chats").asInt()).isZero();
        assertThat(l.path("last_chat").isNull()).isTrue();

        assertThat(run("st", "adopt-tags", archive.resolve("seraphina.png").toString())).isEqualTo(0);
        assertThat(cli.out()).contains("Seraphina.png\tFantasy, Healer");

        assertThat(run("st", "unlink")).isEqualTo(0);
        assertThat(run("st", "status")).isEqualTo(0);
        assertThat(cli.out()).contains("no SillyTavern folder is linked");
        assertThat(user.resolve("characters/Lira.png")).exists();
    }

    @Test
    void badUsageSaysWhat() {
        assertThat(run("st")).isEqualTo(2);
        assertThat(run("st", "send")).isEqualTo(2);
        assertThat(cli.err()).contains("st send needs at least one card file");
        assertThat(run("st", "frob")).isEqualTo(2);
        assertThat(run("st", "send", "x.png")).isEqualTo(1);
        assertThat(cli.err()).contains("no SillyTavern folder is linked");
    }
}
