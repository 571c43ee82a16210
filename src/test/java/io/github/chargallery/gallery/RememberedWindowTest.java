package io.github.chargallery.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Window bounds and tile size chosen in one session are there in the next. */
class RememberedWindowTest {
    @TempDir
    Path data;

    @Test
    void windowBoundsAndTileSizeSurviveARestart() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        Application first = launch();
        FxRobot robot = new FxRobot();
        robot.interact(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1200);
            stage.setHeight(640);
            robot.lookup(n -> n instanceof Slider).queryAs(Slider.class).setValue(200);
        });
        FxToolkit.cleanupApplication(first);

        Application second = launch();
        try {
            assertThat(new double[] {stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()})
                    .containsExactly(40, 30, 1200, 640);
            assertThat(robot.lookup(n -> n instanceof Slider).queryAs(Slider.class).getValue()).isEqualTo(200);
        } finally {
            FxToolkit.cleanupApplication(second);
        }
    }

    private Application launch() throws Exception {
        Application app = FxToolkit.setupApplication(GalleryApp.class, "--data-dir", data.toString());
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup(".empty-state").tryQuery().map(n -> n.isVisible()).orElse(false));
        return app;
    }
}
