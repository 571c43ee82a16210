package io.github.chargallery.gallery;

import io.github.chargallery.gallery.model.GalleryModel;
import io.github.chargallery.gallery.sync.PulseExecutor;
import io.github.chargallery.gallery.thumbnails.Thumbnails;
import io.github.chargallery.gallery.view.GalleryView;
import io.github.chargallery.gallery.view.RescuePane;
import io.github.chargallery.gallery.view.Theme;
import io.github.chargallery.library.CardLibrary;
import io.github.chargallery.library.DaemonThreads;
import io.github.chargallery.library.IndexRescue;
import io.github.chargallery.library.IndexUnusableException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The desktop app. Options: see {@link AppOptions#USAGE}. */
public class GalleryApp extends Application {
    static final String TITLE = "Character Gallery";
    static final String SETTING_WINDOW = "gallery.window";
    static final String SETTING_TILE = "gallery.tileSize";
    static final String SETTING_THEME = "gallery.theme";

    private AppOptions options = AppOptions.parse(java.util.List.of());
    private CardLibrary library;
    private String openError;
    private IndexUnusableException unusable;
    private Path dataDir;
    private Stage stage;
    private Optional<String> window = Optional.empty();
    private Optional<String> tile = Optional.empty();
    private Optional<String> theme = Optional.empty();
    private ExecutorService background;
    private PulseExecutor fx;
    private GalleryModel model;
    private Thumbnails thumbnails;
    private Supplier<Map<String, String>> lastSettings = Map::of;
    private InstanceGuard guard;

    public static void main(String[] args) {
        StartupMarks.mark("main");
        if (AppOptions.parse(java.util.List.of(args)).measureBare()) {
            launch(BareStart.class, args);
            return;
        }
        // the index opens on another core while JavaFX starts up
        EarlyStart.begin(java.util.List.of(args));
        launch(GalleryApp.class, args);
    }

    /** Runs on the launcher thread, before the window: takes the opened index and reads the window settings. */
    @Override
    public void init() {
        StartupMarks.mark("init");
        Warmup.begin();
        // decoded beside the index's opening and the model's making, rather than on the FX thread before the first frame
        DaemonThreads.start("app-icons", AppIcons::images);
        EarlyStart.Opened opened = EarlyStart.take(getParameters().getRaw());
        options = opened.options();
        options.problems().forEach(p -> System.err.println("character-gallery: " + p));
        dataDir = opened.dataDir();
        guard = opened.guard();
        if (!guard.owns()) {
            guard.announce();
            return;
        }
        unusable = opened.unusable();
        openError = opened.openError();
        if (opened.library() != null) {
            library = opened.library();
            use(opened.model());
        }
        AppIcons.images(); // waits for the decoding begun above
        StartupMarks.mark("init_done");
    }

    /** Opens the index and starts reading it (background thread: after a rebuild). */
    private void openLibrary() {
        library = LibraryAccess.open(dataDir);
        use(ModelStart.begin(library, dataDir, options.addRoots()));
    }

    private void use(ModelStart started) {
        background = started.background();
        fx = started.fx();
        model = started.model();
        window = started.window();
        tile = started.tile();
        theme = started.theme();
        // the FX thread is idle until start(): it loads the stylesheet meanwhile
        Optional<String> chosen = theme;
        javafx.application.Platform.runLater(() -> Theme.of(chosen).apply());
        // here, not on the early-start thread: on Windows and macOS this starts AWT, which must come after JavaFX
        model.cleanup().setTrash(SystemTrash.forThisSystem());
        model.sillyTavern().setTrash(SystemTrash.forThisSystem());
        started.release();
    }

    @Override
    public void start(Stage stage) {
        StartupMarks.mark("start");
        this.stage = stage;
        stage.setTitle(TITLE);
        AppIcons.apply(stage);
        // before any window: the rescue screen and the "already running" window wear it too
        Theme.of(theme).apply();
        if (guard != null && !guard.attach(stage)) {
            return;
        }
        if (unusable != null) {
            showRescue(unusable);
            stage.show();
            return;
        }
        if (library == null) {
            Label error = new Label(openError == null ? "No library index (start the app with GalleryApp.main)." : openError);
            error.setWrapText(true);
            stage.setScene(new Scene(new StackPane(error), 700, 200));
            stage.show();
            return;
        }
        showGallery();
        StartupMarks.mark("view_built");
        model.showFirstRows();
        StartupMarks.mark(model.loadedProperty().get() ? "rows_in_first_frame" : "rows_not_read_yet");
        stage.show();
        StartupMarks.mark("show_returned");
    }

    private void showGallery() {
        thumbnails = new Thumbnails(library, fx, 2);
        GalleryView view = new GalleryView(model, thumbnails, this::openFolder, tile.map(Double::parseDouble).orElse(160.0));
        view.themeProperty().set(Theme.of(theme));
        Scene scene = new Scene(view.root(), 1280, 820);
        stage.setScene(scene);
        stage.sizeToScene();
        if (window.isEmpty()) {
            stage.centerOnScreen(); // after the smaller rescue window, the gallery would spill off screen
        }
        restoreBounds(stage);
        if (options.measureOut() != null) {
            new Measure(options.measureOut(), options.measureScroll()).attach(stage, model);
        } else {
            view.offerSillyTavern();
        }
        model.lastReportProperty().addListener((o, a, r) -> thumbnails.backfill(java.util.List.copyOf(model.cards())));
        // read in stop(), however the app quits (window closed, Platform.exit)
        lastSettings = () -> Map.of(SETTING_WINDOW, bounds(stage),
                SETTING_TILE, Long.toString(Math.round(view.tileWidthProperty().get())),
                SETTING_THEME, view.themeProperty().get().name());
        // also written as they change: a session that ends without stop() (logout, a killed process) keeps them
        view.themeProperty().addListener((o, a, t) -> remember(SETTING_THEME, t.name()));
        javafx.animation.PauseTransition settled = new javafx.animation.PauseTransition(javafx.util.Duration.millis(500));
        settled.setOnFinished(e -> remember(SETTING_TILE, Long.toString(Math.round(view.tileWidthProperty().get()))));
        view.tileWidthProperty().addListener((o, a, w) -> settled.playFromStart());
        model.rebuildRequestedProperty().addListener((o, was, now) -> closeForRescue(model.damagedProperty().get()));
        // unsaved edits in the card editor: ask first; the window closes once they are saved or discarded
        stage.setOnCloseRequest(e -> {
            e.consume();
            view.beforeClose(stage::hide);
        });
    }

    private void remember(String key, String value) {
        CardLibrary lib = library;
        if (lib == null || background.isShutdown()) {
            return; // closing: stop() writes the settings as they are now
        }
        background.execute(() -> {
            try {
                lib.putSetting(key, value);
            } catch (RuntimeException e) {
                // a read-only or full data folder: closing tries again, and the choice still holds this session
            }
        });
    }

    /** The index turned out damaged while in use and the user asked to rebuild: close it, then offer the rescue. */
    private void closeForRescue(IndexUnusableException problem) {
        thumbnails.stop();
        ExecutorService closing = background;
        model.close(lastSettings.get()).whenComplete((done, failure) -> {
            closing.shutdownNow();
            javafx.application.Platform.runLater(() -> showRescue(problem));
        });
        model = null;
        library = null;
        thumbnails = null;
    }

    private void showRescue(IndexUnusableException problem) {
        Executor once = r -> DaemonThreads.start("index-rescue", r);
        RescuePane pane = new RescuePane(problem, dataDir, once, javafx.application.Platform::runLater, () -> {
            IndexRescue.Result result = IndexRescue.rebuild(dataDir, problem.newer());
            openLibrary();
            return () -> {
                showGallery();
                model.showNotice(Rescued.text(result));
            };
        }, javafx.application.Platform::exit);
        pane.setPrefWidth(760);
        stage.setScene(new Scene(pane));
        stage.sizeToScene();
    }

    @Override
    public void stop() throws Exception {
        if (guard != null) {
            guard.closing();
        }
        if (thumbnails != null) {
            thumbnails.stop();
        }
        if (model != null) {
            try {
                model.close(lastSettings.get()).get(15, TimeUnit.SECONDS);
            } catch (Exception e) {
                System.err.println("character-gallery: closing the library took too long: " + e);
            }
            background.shutdownNow();
        }
        if (guard != null) {
            guard.release();
        }
    }

    private void openFolder(Path folder) {
        DaemonThreads.start("open-folder", () -> getHostServices().showDocument(folder.toUri().toString()));
    }

    private static String bounds(Stage s) {
        return s.isMaximized() + "," + s.getX() + "," + s.getY() + "," + s.getWidth() + "," + s.getHeight();
    }

    private void restoreBounds(Stage stage) {
        window.ifPresent(v -> {
            try {
                String[] p = v.split(",");
                double x = Double.parseDouble(p[1]);
                double y = Double.parseDouble(p[2]);
                double w = Double.parseDouble(p[3]);
                double h = Double.parseDouble(p[4]);
                // only where a screen still shows it (a monitor may have been unplugged)
                if (!Screen.getScreensForRectangle(new Rectangle2D(x, y, w, h)).isEmpty()) {
                    stage.setX(x);
                    stage.setY(y);
                    stage.setWidth(w);
                    stage.setHeight(h);
                }
                stage.setMaximized(Boolean.parseBoolean(p[0]));
            } catch (RuntimeException bad) {
                // settings from another version: default size
            }
        });
    }
}
