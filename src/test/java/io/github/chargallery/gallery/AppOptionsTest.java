package io.github.chargallery.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppOptionsTest {
    @Test
    void readsEveryOptionAndNamesWhatItDoesNotKnow() {
        AppOptions o = AppOptions.parse(List.of("--data-dir", "d", "--add-root", "a", "--add-root", "b",
                "--measure-out", "m.json", "--measure-scroll", "--frobnicate", "--data-dir"));
        assertThat(o.dataDir()).isEqualTo(Path.of("d").toAbsolutePath());
        assertThat(o.addRoots()).containsExactly(Path.of("a").toAbsolutePath(), Path.of("b").toAbsolutePath());
        assertThat(o.measureOut()).isEqualTo(Path.of("m.json").toAbsolutePath());
        assertThat(o.measureScroll()).isTrue();
        assertThat(o.problems()).containsExactly(
                "unknown option --frobnicate (" + AppOptions.USAGE + ")", "--data-dir needs a value");
    }

    @Test
    void noOptionsMeansDefaults() {
        AppOptions o = AppOptions.parse(List.of());
        assertThat(o.dataDir()).isNull();
        assertThat(o.addRoots()).isEmpty();
        assertThat(o.measureOut()).isNull();
        assertThat(o.measureScroll()).isFalse();
        assertThat(o.measureBare()).isFalse();
        assertThat(o.problems()).isEmpty();
    }

    @Test
    void theBareWindowMeasuresIntoAFileAndSaysSoWithoutOne() {
        assertThat(AppOptions.parse(List.of("--measure-bare", "--measure-out", "f.json")).measureBare()).isTrue();
        AppOptions alone = AppOptions.parse(List.of("--measure-bare"));
        assertThat(alone.measureBare()).isFalse();
        assertThat(alone.problems()).containsExactly("--measure-bare needs --measure-out FILE.json");
    }
}
