package io.github.chargallery.library;

import io.github.chargallery.card.Card;
import io.github.chargallery.card.CardFile;
import io.github.chargallery.card.CardFormatException;
import io.github.chargallery.card.CardReader;
import io.github.chargallery.card.CardWriter;
import io.github.chargallery.card.PngEncoder;
import io.github.chargallery.testing.CardJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Writes V2 JSON cards for tests; counts file opens through the reader. */
final class TestCards {
    private TestCards() {
    }

    static String json(String name, String description, List<String> tags) {
        return CardJson.v2(name, "tester", tags, description);
    }

    /** Writes a card and back-dates it an hour, so it is not "racy" for the next scan. */
    static Path write(Path file, String name, String description, List<String> tags) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, json(name, description, tags));
            age(file, 3600);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path file, String name) {
        return write(file, name, "A character called " + name + ".", List.of("test"));
    }

    /** Writes the same card as {@link #write} would, embedded in a small PNG through the codec's writer. */
    static Path writePng(Path file, String name, String description, List<String> tags) {
        try {
            Files.createDirectories(file.getParent());
            Path json = Files.createTempFile(file.getParent(), ".tmp", ".json");
            Files.writeString(json, json(name, description, tags));
            Card card = CardReader.standard().read(json).card();
            Files.delete(json);
            byte[] pixels = new byte[16 * 16 * 3];
            Arrays.fill(pixels, (byte) name.hashCode());
            CardWriter.writePng(file, PngEncoder.encode(16, 16, pixels, false), card);
            age(file, 3600);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CardFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    static void age(Path file, long seconds) {
        try {
            Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(seconds)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The standard reader, counting the files it opens. */
    static final class CountingReader implements CardReader {
        final AtomicInteger opens = new AtomicInteger();
        final Set<Path> opened = ConcurrentHashMap.newKeySet();
        private final CardReader delegate = CardReader.standard();

        @Override
        public CardFile read(Path file) throws CardFormatException {
            opens.incrementAndGet();
            opened.add(file);
            return delegate.read(file);
        }

        void reset() {
            opens.set(0);
            opened.clear();
        }
    }
}
