package io.github.chargallery.gallery;

import io.github.chargallery.library.CardLibrary;
import io.github.chargallery.library.DaemonThreads;
import io.github.chargallery.library.IndexUnusableException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * What the window needs before its first frame that needs no toolkit: the options, the single-instance
 * claim on the data folder, the opened index and the gallery's model reading its rows ({@link ModelStart}).
 * Started from {@code main}, before JavaFX starts up, it runs on a core of its own while the toolkit
 * loads (half a second of CPU); {@code init()} then takes the result. Started by a test harness without {@code main}, it runs in {@code init()}.
 */
final class EarlyStart {
    /** How far it got: the library is null when it could not be opened (unusable or openError says why). */
    record Opened(AppOptions options, Path dataDir, InstanceGuard guard, CardLibrary library, ModelStart model,
            IndexUnusableException unusable, String openError) {
    }

    private static CompletableFuture<Opened> begun;
    private static List<String> begunArgs;

    private EarlyStart() {
    }

    /** From main: starts opening on a background thread. */
    static synchronized void begin(List<String> args) {
        List<String> copy = List.copyOf(args);
        CompletableFuture<Opened> f = new CompletableFuture<>();
        begunArgs = copy;
        begun = f;
        // SQLite's native code loads beside the data folder's claim, which comes before the index's opening
        DaemonThreads.start("sqlite-load", io.github.chargallery.library.Library::preload);
        DaemonThreads.start("early-start", () -> f.complete(open(copy)));
    }

    /** From init(): what {@link #begin} opened for these arguments, waiting for it, or opened now. */
    static Opened take(List<String> args) {
        CompletableFuture<Opened> f;
        boolean same;
        synchronized (EarlyStart.class) {
            f = begun;
            same = args.equals(begunArgs);
            begun = null;
            begunArgs = null;
        }
        if (f != null && same) {
            return f.join();
        }
        if (f != null) {
            // begun for other arguments: let go of its folder and index before opening the asked one
            Opened other = f.join();
            if (other.library() != null) {
                other.model().abandon();
                other.library().close();
            }
            other.guard().release();
        }
        return open(args);
    }

    private static Opened open(List<String> args) {
        AppOptions options = AppOptions.parse(args);
        Path dataDir = LibraryAccess.folder(options.dataDir());
        InstanceGuard guard = InstanceGuard.claim(dataDir);
        StartupMarks.mark("data_folder_claimed");
        if (!guard.owns()) {
            return new Opened(options, dataDir, guard, null, null, null, null);
        }
        try {
            CardLibrary library = LibraryAccess.open(dataDir);
            StartupMarks.mark("index_opened");
            return new Opened(options, dataDir, guard, library, ModelStart.begin(library, dataDir, options.addRoots()),
                    null, null);
        } catch (IndexUnusableException e) {
            return new Opened(options, dataDir, guard, null, null, e, null);
        } catch (RuntimeException e) {
            return new Opened(options, dataDir, guard, null, null, null, "The library index could not be opened: " + e.getMessage());
        }
    }
}
