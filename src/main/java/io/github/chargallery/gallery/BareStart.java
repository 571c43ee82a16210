package io.github.chargallery.gallery;

import io.github.chargallery.gallery.view.Theme;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * {@code --measure-bare --measure-out FILE}: one label in a themed window, no index, no library: the
 * floor under any start of the gallery on this machine (JVM, toolkit, theme, first frame), started the
 * same way and with the same options, so a start-up figure can be read against it from the same run.
 */
public final class BareStart extends Application {
    private final long launch = ManagementFactory.getRuntimeMXBean().getStartTime();

    @Override
    public void start(Stage stage) {
        Path out = AppOptions.parse(getParameters().getRaw()).measureOut();
        Theme.DARK.apply();
        stage.setTitle(GalleryApp.TITLE);
        stage.setScene(new Scene(new StackPane(new Label("Character Gallery")), 1280, 820));
        stage.show();
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                // the third pulse after show: the first frame is painted while the second runs, and the
                // second waits for that painting to end (as the gallery's grid_painted counts)
                if (++pulses == 3) {
                    stop();
                    long painted = System.currentTimeMillis() - launch;
                    long cpu = ProcStats.cpuMs();
                    Measure.writeAndExit(out, () -> json(painted, cpu));
                }
            }
        }.start();
    }

    private static String json(long painted, long cpu) {
        return String.format(Locale.ROOT, """
                {
                  "launch_to_bare_window_painted_ms": %d,
                  "process_cpu_ms_to_painted": %d,
                  "system_load_average": %.2f,
                  "cores": %d
                }
                """, painted, cpu, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }
}
