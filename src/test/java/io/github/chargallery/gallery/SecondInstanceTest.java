package io.github.chargallery.gallery;

import io.github.chargallery.library.SingleInstance.Claim;
import io.github.chargallery.library.SingleInstance.Kind;
import io.github.chargallery.library.SingleInstance;
import io.github.chargallery.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import static org.assertj.core.api.Assertions.assertThat;

/** Starting the gallery on a data folder another gallery has open. */
class SecondInstanceTest {
    private static final List<String> HEADLESS = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dprism.order=sw", "-Dtestfx.headless=true", "-Xmx256m");

    @TempDir
    Path data;

    @Test
    void secondStartAsksTheFirstToShowAndQuitsWithoutOpeningTheLibrary() throws Exception {
        CountDownLatch shown = new CountDownLatch(1);
        Claim first = SingleInstance.claim(data, () -> {
            shown.countDown();
            return true;
        }, Duration.ZERO);
        Path log = data.resolve("second.log");
        Process second = ChildJvm.builder(HEADLESS, "io.github.chargallery.Launcher", List.of("--data-dir", data.toString()))
                .redirectOutput(log.toFile()).start();
        try {
            assertThat(second.waitFor(30, TimeUnit.SECONDS)).as("second start quits by itself").isTrue();
            assertThat(second.exitValue()).as(Files.readString(log)).isZero();
            assertThat(shown.await(1, TimeUnit.SECONDS)).as("the first was asked to show itself").isTrue();
            assertThat(data.resolve("library.db")).as("the second never opened the library").doesNotExist();
        } finally {
            second.destroyForcibly();
            first.owner().close();
        }
    }

    @Test
    void secondStartThatCannotReachTheFirstSaysWhyAndOpensNothing() throws Exception {
        Claim first = SingleInstance.claim(data, () -> false, Duration.ZERO);
        FxToolkit.registerPrimaryStage();
        Application app = FxToolkit.setupApplication(GalleryApp.class, "--data-dir", data.toString());
        try {
            FxRobot robot = new FxRobot();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".already-running").tryQuery().isPresent());
            assertThat(robot.lookup(".already-running").queryLabeled().getText())
                    .isEqualTo(SingleInstance.alreadyRunningMessage(data))
                    .startsWith("Character Gallery is already running with the library in " + data);
            assertThat(data.resolve("library.db")).doesNotExist();
        } finally {
            FxToolkit.cleanupApplication(app);
            first.owner().close();
        }
    }

    @Test
    void runningGalleryComesBackToTheFrontWhenAskedAndFreesTheFolderWhenItStops() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        Application app = FxToolkit.setupApplication(GalleryApp.class, "--data-dir", data.toString());
        try {
            WaitForAsyncUtils.asyncFx(() -> stage.setIconified(true)).get(5, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(stage.isIconified()).isTrue();

            assertThat(SingleInstance.claim(data, () -> true, Duration.ofSeconds(5)).kind()).isEqualTo(Kind.SHOWN_OTHER);
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !stage.isIconified() && stage.isShowing());
        } finally {
            FxToolkit.cleanupApplication(app);
        }
        Claim next = SingleInstance.claim(data, () -> true, Duration.ZERO);
        assertThat(next.kind()).isEqualTo(Kind.OWNER);
        next.owner().close();
    }
}
