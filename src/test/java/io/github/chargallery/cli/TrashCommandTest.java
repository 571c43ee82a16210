package io.github.chargallery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.chargallery.testing.ChildJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** trash, trash --list and restore as a user runs them: their own process, XDG_DATA_HOME pointing at a temp folder. */
class TrashCommandTest {
    private static final ObjectMapper M = new ObjectMapper();

    @TempDir
    Path tmp;

    private String err = "";

    private String run(int expectedExit, String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", tmp.resolve("data").toString()));
        ProcessBuilder b = ChildJvm.builder(List.of(), "io.github.chargallery.Launcher", all);
        b.environment().put("XDG_DATA_HOME", tmp.resolve("xdg").toString());
        Path log = Files.createTempFile(tmp, "out", ".log");
        Path errLog = Files.createTempFile(tmp, "err", ".log");
        Process p = b.redirectErrorStream(false).redirectOutput(log.toFile()).redirectError(errLog.toFile()).start();
        int code = p.waitFor();
        String out = Files.readString(log);
        err = Files.readString(errLog);
        assertThat(code).as(out + err).isEqualTo(expectedExit);
        return out;
    }

    private static Path card(Path file, String name) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"spec\":\"chara_card_v2\",\"spec_version\":\"2.0\",\"data\":{\"name\":\"" + name
                + "\",\"creator\":\"cli\",\"tags\":[],\"description\":\"d\",\"first_mes\":\"hi\"}}");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(3600)));
        return file;
    }

    @Test
    void trashListRestoreAndTheFavouriteIsBack() throws Exception {
        Path root = tmp.resolve("cards");
        Path nova = card(root.resolve("Nova.json"), "Nova");
        String bytes = Files.readString(nova);
        card(root.resolve("Zed.json"), "Zed");
        run(0, "index", root.toString());
        run(0, "favorite", nova.toString(), "on");

        JsonNode trashed = M.readTree(run(1, "trash", nova.toString(), root.resolve("gone.json").toString(), "--json"));
        assertThat(err).contains("not trashed: " + root.resolve("gone.json")).contains("nothing was deleted");
        assertThat(trashed.get(0).get("ok").asBoolean()).isTrue();
        assertThat(trashed.get(0).get("trashed_as").asText()).isEqualTo(tmp.resolve("xdg/Trash/files/Nova.json").toString());
        assertThat(trashed.get(1).get("ok").asBoolean()).isFalse();
        assertThat(trashed.get(1).get("error").asText()).contains("no such file");
        assertThat(nova).doesNotExist();
        assertThat(Files.readString(tmp.resolve("xdg/Trash/info/Nova.json.trashinfo")))
                .startsWith("[Trash Info]\nPath=" + nova + "\nDeletionDate=");
        assertThat(run(0, "list")).doesNotContain("Nova");

        JsonNode listed = M.readTree(run(0, "trash", "--list", "--json"));
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("name").asText()).isEqualTo("Nova");
        assertThat(listed.get(0).get("restored").asBoolean()).isFalse();

        assertThat(run(0, "restore", nova.toString())).contains("restored " + nova);
        assertThat(Files.readString(nova)).isEqualTo(bytes);
        assertThat(run(0, "list")).contains("* Nova");
        run(1, "restore", nova.toString());
        assertThat(err).contains("not restored").contains("restored already");
    }
}
