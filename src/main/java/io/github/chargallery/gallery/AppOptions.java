package io.github.chargallery.gallery;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Command-line options of the window app.
 *
 * @param dataDir    where the index lives; null for the platform default
 * @param addRoots   folders to add as library roots at start (scripts, measurements)
 * @param measureOut when set, record start-up and sync figures to this JSON file and exit after the first sync
 * @param measureScroll with measureOut: after the first sync, scroll the grid from top to bottom and record its pulses
 * @param measureBare with measureOut: show only an empty window in the theme, no index, and record its first paint
 */
record AppOptions(Path dataDir, List<Path> addRoots, Path measureOut, boolean measureScroll, boolean measureBare,
        List<String> problems) {
    static final String USAGE = "options: --data-dir DIR  --add-root DIR  --measure-out FILE.json  --measure-scroll  --measure-bare";

    static AppOptions parse(List<String> args) {
        Path dataDir = null;
        Path measure = null;
        boolean scroll = false;
        boolean bare = false;
        List<Path> roots = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String value = i + 1 < args.size() ? args.get(i + 1) : null;
            switch (a) {
                case "--measure-scroll" -> scroll = true;
                case "--measure-bare" -> bare = true;
                case "--data-dir", "--add-root", "--measure-out" -> {
                    if (value == null) {
                        problems.add(a + " needs a value");
                        continue;
                    }
                    i++;
                    Path p = Path.of(value).toAbsolutePath().normalize();
                    if (a.equals("--data-dir")) {
                        dataDir = p;
                    } else if (a.equals("--add-root")) {
                        roots.add(p);
                    } else {
                        measure = p;
                    }
                }
                default -> problems.add("unknown option " + a + " (" + USAGE + ")");
            }
        }
        if (bare && measure == null) {
            problems.add("--measure-bare needs --measure-out FILE.json");
            bare = false;
        }
        return new AppOptions(dataDir, List.copyOf(roots), measure, scroll, bare, List.copyOf(problems));
    }
}
