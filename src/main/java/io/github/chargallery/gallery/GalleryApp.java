package io.github.chargallery.gallery;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The desktop app. Options: {@code --data-dir DIR}. */
public class GalleryApp extends Application {
    public static final String TITLE = "Character Gallery";

    public static void main(String[] args) {
        launch(GalleryApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle(TITLE);
        AppIcons.apply(stage);
        stage.setScene(new Scene(new BorderPane(), 1100, 750));
        stage.show();
    }
}
