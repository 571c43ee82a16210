package io.github.chargallery.gallery;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The app icon for windows. Several sizes because the window manager picks the one closest to
 * what it draws (16 in a title bar, 32-48 in a taskbar or alt-tab, larger in docks); a single
 * large image scaled down to 16 px turns to mush. The files are made by icons/make-icons.sh.
 */
final class AppIcons {
    static final int[] SIZES = {16, 32, 48, 64, 128, 256};
    private static final String FOLDER = "/io/github/chargallery/icons/";

    private static List<Image> images;

    private AppIcons() {
    }

    /** Sets the app icon, at every size, on a stage; call before {@code stage.show()}. */
    static void apply(Stage stage) {
        stage.getIcons().setAll(images());
    }

    static synchronized List<Image> images() {
        if (images == null) {
            List<Image> loaded = new ArrayList<>();
            for (int size : SIZES) {
                loaded.add(load(FOLDER + "character-gallery-" + size + ".png"));
            }
            images = List.copyOf(loaded);
        }
        return images;
    }

    private static Image load(String resource) {
        try (InputStream in = AppIcons.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("App icon missing from the jar: " + resource);
            }
            return new Image(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read app icon " + resource, e);
        }
    }
}
