package io.github.chargallery.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class GalleryAppSmokeTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        new GalleryApp().start(stage);
    }

    @Test
    void windowShowsTheAppTitle(FxRobot robot) {
        assertThat(stage.getTitle()).isEqualTo("Character Gallery");
        assertThat(stage.isShowing()).isTrue();
    }
}
