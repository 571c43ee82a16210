package io.github.chargallery;

import org.junit.jupiter.api.Test;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layers of the code, read from the source tree: a package may use its own layer and the layers
 * below it, never one above, so changes flow one way and every layer can be read without the ones
 * above it. A sub-package not listed belongs to the nearest listed one (library.db is the library).
 */
class ImportDirectionTest {
    private static final String ROOT = "io.github.chargallery";
    /** Top to bottom. */
    private static final List<String> LAYERS = List.of(
            ROOT, // the launcher: picks the window or a command
            ROOT + ".gallery", // the app shell
            ROOT + ".gallery.view",
            ROOT + ".gallery.dialogs",
            ROOT + ".gallery.model",
            ROOT + ".gallery.sync",
            ROOT + ".gallery.thumbnails",
            ROOT + ".cli",
            ROOT + ".cli.bench",
            ROOT + ".library",
            ROOT + ".card");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern REFERENCE = Pattern.compile("\\b(io\\.github\\.chargallery(?:\\.[a-z][a-z0-9]*)*)\\.[A-Z]");
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern COMMENTS = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);
    private static final Pattern DESKTOP = Pattern.compile("\\b(javafx|java\\.awt|javax\\.swing)\\.");

    record Source(Path file, String pkg, String code) {
    }

    @Test
    void noPackageUsesALayerAboveIt() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Source s : sources()) {
            Matcher m = REFERENCE.matcher(s.code());
            while (m.find()) {
                String used = m.group(1);
                if (rank(used) < rank(s.pkg())) {
                    wrong.add(s.file() + " (" + layer(s.pkg()) + ") uses " + used + " (" + layer(used) + ")");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void cardAndLibraryStayFreeOfDesktopToolkits() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Source s : sources()) {
            String l = layer(s.pkg());
            if (l.equals(ROOT + ".card") || l.equals(ROOT + ".library")) {
                Matcher m = DESKTOP.matcher(s.code());
                if (m.find()) {
                    wrong.add(s.file() + " uses " + m.group(1));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theCommandsAndTheWindowShareNothingButTheLayersBelow() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Source s : sources()) {
            boolean cli = s.pkg().startsWith(ROOT + ".cli");
            boolean gallery = s.pkg().startsWith(ROOT + ".gallery");
            Matcher m = REFERENCE.matcher(s.code());
            while (m.find()) {
                String used = m.group(1);
                if ((cli && used.startsWith(ROOT + ".gallery")) || (gallery && used.startsWith(ROOT + ".cli"))) {
                    wrong.add(s.file() + " uses " + used);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theRulesSeeEveryPackage() throws IOException {
        // a typo in LAYERS, or a package moved out from under the root, would make the rules above pass vacuously
        List<Source> all = sources();
        assertThat(all).hasSizeGreaterThan(50);
        assertThat(all.stream().map(s -> layer(s.pkg())).distinct()).containsExactlyInAnyOrderElementsOf(LAYERS);
    }

    private static List<Source> sources() throws IOException {
        assertThat(SOURCES).as("tests run from the project folder").isDirectory();
        List<Source> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(f);
                Matcher pkg = PACKAGE.matcher(text);
                assertThat(pkg.find()).as("%s has a package line", f).isTrue();
                String code = COMMENTS.matcher(text.substring(pkg.end())).replaceAll(" ");
                out.add(new Source(SOURCES.relativize(f), pkg.group(1), code));
            }
        }
        return out;
    }

    /** The nearest listed layer a package belongs to. */
    private static String layer(String pkg) {
        String best = null;
        for (String l : LAYERS) {
            if ((pkg.equals(l) || pkg.startsWith(l + ".")) && (best == null || l.length() > best.length())) {
                best = l;
            }
        }
        assertThat(best).as("%s is in a listed layer", pkg).isNotNull();
        return best;
    }

    private static int rank(String pkg) {
        return LAYERS.indexOf(layer(pkg));
    }
}
