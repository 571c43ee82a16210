package io.github.chargallery.library;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Whether a folder is a library root already under another name: a link to one, or into one. */
final class RootLinks {
    private RootLinks() {
    }

    /** Why {@code folder} is not a new root, empty when it is (or is one of {@code roots} as written). */
    static Optional<String> sameFolderAs(Path folder, List<Path> roots) {
        if (roots.contains(folder)) {
            return Optional.empty();
        }
        Path real = realPath(folder);
        if (real == null) {
            return Optional.empty();
        }
        for (Path r : roots) {
            Path rootReal = realPath(r);
            if (rootReal == null || !real.startsWith(rootReal)) {
                continue;
            }
            if (folder.startsWith(r) && real.equals(rootReal.resolve(r.relativize(folder)))) {
                continue; // a plain nested root
            }
            return Optional.of(folder + " is already in the library as " + r
                    + (real.equals(rootReal) ? (real.equals(r) ? " (it is a link to it)" : " (both lead to " + real + ")")
                    : " (it leads to " + real + ", inside it)"));
        }
        return Optional.empty();
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (java.io.IOException | SecurityException e) {
            return null;
        }
    }
}
