package io.github.chargallery.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chargallery.library.Library;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The window starts dark; light is chosen in the View menu, restyles the open window and is there next time. */
class ThemeChoiceTest {
    @TempDir
    Path data;
    final FxRobot robot = new FxRobot();
    Stage stage;

    @Test
    void lightChosenInTheViewMenuIsAppliedAndRemembered() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        Application first = launch();
        try {
            assertThat(windowBrightness()).as("first start is dark").isLessThan(0.2);
            robot.clickOn("View");
            robot.clickOn("Light theme");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(windowBrightness()).as("light after the menu").isGreaterThan(0.9);
            // written at once, not only when the app stops: a session killed now keeps it
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                try (Library index = Library.openForReading(data)) {
                    return index.setting(GalleryApp.SETTING_THEME).filter("LIGHT"::equals).isPresent();
                }
            });
        } finally {
            FxToolkit.cleanupApplication(first);
        }

        Application second = launch();
        try {
            assertThat(windowBrightness()).as("light after a restart").isGreaterThan(0.9);
            MenuButton view = robot.lookup(".view-menu").queryAs(MenuButton.class);
            assertThat(view.getItems()).filteredOn(i -> i instanceof RadioMenuItem r && r.isSelected())
                    .extracting(MenuItem::getText).containsExactly("Light theme");
        } finally {
            FxToolkit.cleanupApplication(second);
        }
    }

    /** The brightness of the window's background, 0 (black) to 1 (white). */
    private double windowBrightness() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Region root = (Region) stage.getScene().getRoot();
            root.applyCss();
            return ((Color) root.getBackground().getFills().get(0).getFill()).getBrightness();
        }).get(5, TimeUnit.SECONDS);
    }

    private Application launch() throws Exception {
        Application app = FxToolkit.setupApplication(GalleryApp.class, "--data-dir", data.toString());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup(".empty-state").tryQuery().map(n -> n.isVisible()).orElse(false));
        return app;
    }
}
