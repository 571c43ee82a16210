package io.github.chargallery.card;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chargallery.testing.CardJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One big card at a time, through the read and what the caller does with the card afterwards. */
class BigReadsTest {
    @TempDir
    Path tmp;

    @Test
    void aBigCardKeepsThePermitUntilTheCallersWorkEndsAndASmallOneNeverTakesIt() throws Exception {
        Path big = Files.writeString(tmp.resolve("big.json"),
                CardJson.v2("Big", "me", List.of(), "y".repeat((int) BigReads.THRESHOLD + 1024)));
        Path small = Files.writeString(tmp.resolve("small.json"), CardJson.v2("Small", "me", List.of(), "d"));

        int[] whileWorking = new int[2];
        String name = BigReads.within(() -> {
            CardFile read = read(small);
            whileWorking[0] = BigReads.free();
            read = read(big);
            whileWorking[1] = BigReads.free();
            return read.card().name();
        });

        assertThat(name).isEqualTo("Big");
        assertThat(whileWorking).as("after the small card, after the big one").containsExactly(1, 0);
        assertThat(BigReads.free()).as("released at the end of the work").isEqualTo(1);
        read(big);
        assertThat(BigReads.free()).as("a read outside a scope releases at its own end").isEqualTo(1);
    }

    private static CardFile read(Path file) {
        try {
            return CardReader.standard().read(file);
        } catch (CardFormatException e) {
            throw new AssertionError(e);
        }
    }
}
