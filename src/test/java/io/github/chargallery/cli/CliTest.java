package io.github.chargallery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

class CliTest {
    @Test
    void unknownCommandIsBadUsage() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(new String[] {"frobnicate"}, System.out, new PrintStream(err));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown command: frobnicate");
    }
}
