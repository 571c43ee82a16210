package io.github.chargallery;

import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

/**
 * Starts the window with JavaFX loaded as named modules, as JavaFX requires ("Unsupported JavaFX
 * configuration: classes were loaded from 'unnamed module'" otherwise).
 *
 * <ul>
 *   <li>JavaFX already in the boot layer (the installed app's runtime, {@code --module-path}): start directly.
 *   <li>{@code java -jar character-gallery.jar}: the JavaFX jars named in the jar's {@code Class-Path} become
 *       a module layer; the app jar and the other libraries get a class loader above it, so the app's
 *       classes see JavaFX through that layer.
 *   <li>Anything else (an IDE's class path): start directly; JavaFX then warns, but runs.
 * </ul>
 */
final class FxModules {
    private static final Set<String> ROOTS = Set.of("javafx.controls", "javafx.swing");

    private FxModules() {
    }

    static void startWindow(String appClass, String[] args) {
        ClassLoader loader = FxModules.class.getClassLoader();
        if (ModuleLayer.boot().findModule("javafx.graphics").isEmpty()) {
            ClassLoader layered = layeredLoader();
            if (layered != null) {
                loader = layered;
            }
        }
        Thread.currentThread().setContextClassLoader(loader);
        try {
            Class.forName(appClass, true, loader).getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error r) {
                throw r;
            }
            throw new IllegalStateException(cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot start " + appClass + ": " + e, e);
        }
    }

    /** A loader for the app whose parent is a layer holding the JavaFX modules; null when not run from the jar. */
    private static ClassLoader layeredLoader() {
        Path jar;
        List<Path> classPath;
        try {
            jar = Path.of(FxModules.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(jar)) {
                return null;
            }
            classPath = manifestClassPath(jar);
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return null;
        }
        List<Path> javafx = new ArrayList<>();
        List<URL> rest = new ArrayList<>();
        try {
            rest.add(jar.toUri().toURL());
            for (Path p : classPath) {
                if (p.getFileName().toString().startsWith("javafx-")) {
                    javafx.add(p);
                } else {
                    rest.add(p.toUri().toURL());
                }
            }
        } catch (MalformedURLException e) {
            return null;
        }
        if (javafx.isEmpty()) {
            return null;
        }
        ModuleLayer boot = ModuleLayer.boot();
        Configuration config = boot.configuration().resolve(ModuleFinder.of(javafx.toArray(Path[]::new)),
                ModuleFinder.of(), ROOTS);
        ModuleLayer.Controller fx = ModuleLayer.defineModulesWithOneLoader(config, List.of(boot),
                ClassLoader.getPlatformClassLoader());
        Module graphics = fx.layer().findModule("javafx.graphics").orElseThrow();
        URLClassLoader app = new URLClassLoader("character-gallery", rest.toArray(URL[]::new),
                graphics.getClassLoader());
        // the start-up measurement names the renderer, as the installed app's --add-exports allows it there
        fx.addExports(graphics, "com.sun.prism", app.getUnnamedModule());
        return app;
    }

    /** The jar's {@code Class-Path} entries that exist, resolved against its folder. */
    private static List<Path> manifestClassPath(Path jar) throws IOException {
        List<Path> paths = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            String cp = file.getManifest() == null ? null
                    : file.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            if (cp == null) {
                return paths;
            }
            for (String entry : cp.trim().split("\\s+")) {
                Path p = jar.resolveSibling(entry);
                if (Files.isRegularFile(p)) {
                    paths.add(p);
                }
            }
        }
        return paths;
    }
}
