package io.github.chargallery.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class AppIconsTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        AppIcons.apply(stage);
    }

    @Test
    void everyIconSizeIsInTheJarAndHasTheSizeItsNameSays() {
        List<Image> images = AppIcons.images();
        assertThat(images).hasSize(AppIcons.SIZES.length);
        for (int i = 0; i < images.size(); i++) {
            Image image = images.get(i);
            assertThat(image.isError()).as("icon %d px decodes", AppIcons.SIZES[i]).isFalse();
            assertThat(image.getWidth()).isEqualTo(AppIcons.SIZES[i]);
            assertThat(image.getHeight()).isEqualTo(AppIcons.SIZES[i]);
        }
    }

    @Test
    void iconIsOpaqueInTheMiddleSoItShowsOnAnyTaskbar() {
        Image small = AppIcons.images().get(0);
        int argb = small.getPixelReader().getArgb(8, 8);
        assertThat(argb >>> 24).isEqualTo(0xFF);
    }

    @Test
    void windowCarriesEverySize() {
        assertThat(stage.getIcons()).containsExactlyElementsOf(AppIcons.images());
    }
}
