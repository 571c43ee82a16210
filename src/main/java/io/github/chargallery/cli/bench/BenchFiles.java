package io.github.chargallery.cli.bench;

import io.github.chargallery.card.CardFile;
import io.github.chargallery.card.CardFormatException;
import io.github.chargallery.card.CardReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/** The bench's work on the card files themselves, without the index. */
public final class BenchFiles {
    private BenchFiles() {
    }

    /** A bare stat walk: what reading sizes and dates of every card file costs, the floor for a rescan. */
    static long statWalk(Path dir) throws IOException {
        long[] n = {0};
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (CardFile.Format.of(file) != null && attrs.size() >= 0 && attrs.lastModifiedTime() != null) {
                    n[0]++;
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return n[0];
    }

    public static List<Path> cardFiles(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (CardFile.Format.of(file) != null) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(Comparator.naturalOrder());
        return files;
    }

    /** Opens and parses every card, as an app without an index does on each start; returns the readable ones. */
    static List<Path> parseAll(List<Path> files, int threads) throws Exception {
        CardReader reader = CardReader.standard();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Path>> results = new ArrayList<>();
            for (Path f : files) {
                results.add(pool.submit(() -> {
                    try {
                        reader.read(f);
                        return f;
                    } catch (CardFormatException e) {
                        return null;
                    }
                }));
            }
            List<Path> ok = new ArrayList<>();
            for (Future<Path> r : results) {
                Path p = r.get();
                if (p != null) {
                    ok.add(p);
                }
            }
            return ok;
        } finally {
            pool.shutdownNow();
        }
    }

    static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
