package io.github.chargallery.gallery.view;

import atlantafx.base.theme.Styles;
import io.github.chargallery.library.IndexUnusableException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Shown instead of the gallery when the index cannot be used: says why and what a rebuild does, and
 * runs it on the user's word only. The rebuild runs in the background; a failure is shown here.
 */
public final class RescuePane extends VBox {
    /** The rebuild (background thread); returns what to do on the FX thread once it is done. */
    @FunctionalInterface
    public interface Rebuild {
        Runnable run();
    }

    public RescuePane(IndexUnusableException problem, Path dataDir, Executor background, Executor fx, Rebuild rebuild,
               Runnable quit) {
        super(14);
        Label title = new Label("The library index cannot be used");
        title.getStyleClass().addAll("rescue-title", Styles.TITLE_3);
        Label why = new Label(problem.newer()
                ? "It was written by a newer version of Character Gallery, which can still open it."
                        + " To use this version instead, rebuild the index."
                : "SQLite reports that the file is damaged (a crash, a failing disk or a bad copy can do this).");
        Label detail = new Label(problem.getMessage());
        detail.setStyle("-fx-font-family: monospace;");
        Label what = new Label("Rebuilding moves the old file aside in " + dataDir + " (it is kept, never deleted),"
                + " saves the folders, favourites, tags and settings that can still be read from it, and scans"
                + " your folders again. Favourites and tags come back as their cards are found. Your card files"
                + " are not touched.");
        for (Label l : new Label[] {why, detail, what}) {
            l.setWrapText(true);
        }
        Button rebuildButton = new Button("Rebuild index");
        rebuildButton.setDefaultButton(true);
        Button quitButton = new Button("Quit");
        quitButton.setCancelButton(true);
        quitButton.setOnAction(e -> quit.run());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(22, 22);
        busy.setVisible(false);
        Label status = new Label();
        status.setWrapText(true);
        rebuildButton.setOnAction(e -> {
            rebuildButton.setDisable(true);
            quitButton.setDisable(true);
            busy.setVisible(true);
            status.setText("Saving what can be read and moving the old file aside…");
            background.execute(() -> {
                try {
                    Runnable then = rebuild.run();
                    fx.execute(then);
                } catch (RuntimeException failure) {
                    fx.execute(() -> {
                        busy.setVisible(false);
                        rebuildButton.setDisable(false);
                        quitButton.setDisable(false);
                        status.setText("The rebuild failed: " + Objects.requireNonNullElse(failure.getMessage(), "")
                                + ". Nothing was deleted.");
                    });
                }
            });
        });
        HBox buttons = new HBox(10, rebuildButton, quitButton, busy);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, why, detail, what, buttons, status);
        setPadding(new Insets(24));
        getStyleClass().add("rescue");
    }
}
