package io.github.chargallery.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The app as launched: options parsed, index opened in a fresh data folder, first-start empty state. */
class GalleryAppSmokeTest {
    @TempDir
    Path data;

    @Test
    void firstStartShowsTheEmptyStateAndStopsCleanly() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        Application app = FxToolkit.setupApplication(GalleryApp.class, "--data-dir", data.toString());
        try {
            FxRobot robot = new FxRobot();
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                    () -> robot.lookup(".empty-state").tryQuery().map(n -> n.isVisible()).orElse(false));
            assertThat(stage.getTitle()).isEqualTo("Character Gallery");
            assertThat(stage.isShowing()).isTrue();
            assertThat(robot.lookup(".empty-title").queryLabeled().getText())
                    .isEqualTo("Drop a folder of character cards here, or");
        } finally {
            FxToolkit.cleanupApplication(app);
        }
        assertThat(data.resolve("library.db")).exists();
    }
}
