package io.github.chargallery.gallery;

import io.github.chargallery.library.SingleInstance;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The window app's side of {@link SingleInstance}: owns the data folder for this gallery and brings its
 * window to the front when a later start asks; or, as that later start, sends the request and quits,
 * or says why it cannot open the library.
 */
final class InstanceGuard {
    static final Duration PATIENCE = Duration.ofSeconds(2);

    private final Path folder;
    private SingleInstance owner;
    private SingleInstance.Kind kind = SingleInstance.Kind.OWNER;
    private volatile Stage stage;
    private volatile boolean closing;

    private InstanceGuard(Path folder) {
        this.folder = folder;
    }

    /** Before the index opens (a background thread started from main, or the launcher thread). */
    static InstanceGuard claim(Path folder) {
        InstanceGuard guard = new InstanceGuard(folder);
        try {
            SingleInstance.Claim claim = SingleInstance.claim(folder, guard::bringToFront, PATIENCE);
            guard.kind = claim.kind();
            guard.owner = claim.owner();
        } catch (IOException e) {
            System.err.println("character-gallery: could not check for another gallery on " + folder
                    + " (" + e.getMessage() + "); starting anyway");
        }
        return guard;
    }

    /**
     * From init(), once the toolkit runs: when another gallery has the folder and was brought to the
     * front, says so and quits (claim() may run before the toolkit, which cannot exit yet).
     */
    void announce() {
        if (kind == SingleInstance.Kind.SHOWN_OTHER) {
            System.out.println("character-gallery: already running with the library in " + folder
                    + "; brought its window to the front.");
            Platform.exit();
        }
    }

    /** True when this process may open the library: no other gallery has the folder. */
    boolean owns() {
        return kind == SingleInstance.Kind.OWNER;
    }

    /**
     * FX thread, from start(): remembers the window to bring forward; when another gallery has the
     * folder, fills it with the reason instead (or quits) and returns false.
     */
    boolean attach(Stage window) {
        stage = window;
        switch (kind) {
            case OWNER -> {
                return true;
            }
            case SHOWN_OTHER -> Platform.exit();
            case OTHER_UNREACHABLE -> showRefusal(window, SingleInstance.alreadyRunningMessage(folder));
        }
        return false;
    }

    /** From stop(), first thing: later starts are told "not now" rather than sent to a closing window. */
    void closing() {
        closing = true;
    }

    /** From stop(), last thing, once the index is written: frees the folder for the next start. */
    void release() {
        if (owner != null) {
            owner.close();
        }
    }

    /** Called by a later start, on a background thread. */
    private boolean bringToFront() {
        if (closing) {
            return false;
        }
        try {
            Platform.runLater(() -> {
                Stage s = stage;
                if (s != null) {
                    s.setIconified(false);
                    s.show();
                    s.toFront();
                    s.requestFocus();
                }
            });
            return true;
        } catch (IllegalStateException toolkitGone) {
            return false;
        }
    }

    private static void showRefusal(Stage stage, String message) {
        Label text = new Label(message);
        text.getStyleClass().add("already-running");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        Button close = new Button("Close");
        close.setDefaultButton(true);
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        VBox box = new VBox(16, text, close);
        box.setAlignment(Pos.CENTER_RIGHT);
        box.setPadding(new Insets(20));
        box.setPrefWidth(560);
        stage.setScene(new Scene(box));
        stage.show();
    }
}
