package io.github.chargallery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chargallery.testing.CliRun;
import java.util.List;
import org.junit.jupiter.api.Test;

class CliTest {
    @Test
    void unknownCommandIsBadUsage() {
        CliRun cli = new CliRun(List.of(), List.of());
        assertThat(cli.run("frobnicate")).isEqualTo(2);
        assertThat(cli.err()).contains("Unknown command: frobnicate");
    }
}
