package io.github.chargallery.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.chargallery.card.Card;
import io.github.chargallery.card.CardFile;
import io.github.chargallery.card.CardFormatException;
import io.github.chargallery.card.CardReader;
import io.github.chargallery.card.CardWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 1% changes of the changed-rescan step, applied to the benchmark library and undone afterwards so
 * the library can be reused: touch (same content, new mtime), edit in place, delete (moved aside), add
 * (a new card written next to an existing one).
 */
final class BenchChanges {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    final List<Path> touched = new ArrayList<>();
    final List<Path> edited = new ArrayList<>();
    final List<Path> deleted = new ArrayList<>();
    final List<Path> added = new ArrayList<>();
    private final List<Path> addSources = new ArrayList<>();
    private final Map<Path, FileTime> mtimes = new LinkedHashMap<>();
    private final Map<Path, byte[]> originals = new LinkedHashMap<>();
    private final Map<Path, Path> aside = new LinkedHashMap<>();
    private final Path asideDir;

    /**
     * @param files    every card file of the library, in a stable order
     * @param editable files that read as a card and can be rewritten (PNG and JSON)
     */
    BenchChanges(List<Path> files, List<Path> editable, Path asideDir) {
        this.asideDir = asideDir;
        int step = 100;
        for (int i = 0; i < files.size(); i += step) {
            touched.add(files.get(i));
        }
        for (int i = 2; i < files.size(); i += step) {
            if (!touched.contains(files.get(i))) {
                deleted.add(files.get(i));
            }
        }
        List<Path> candidates = new ArrayList<>(editable);
        candidates.removeAll(touched);
        candidates.removeAll(deleted);
        int count = Math.max(1, files.size() / step);
        int stride = Math.max(1, candidates.size() / Math.max(1, 2 * count));
        for (int i = 0, k = 0; i < candidates.size() && k < 2 * count; i += stride, k++) {
            (k % 2 == 0 ? edited : addSources).add(candidates.get(i));
        }
    }

    /** Applies the changes; {@link #added} then lists the new files (their sources are left as they were). */
    void apply(CardReader reader) throws IOException, CardFormatException {
        long now = System.currentTimeMillis();
        for (Path p : touched) {
            mtimes.put(p, Files.getLastModifiedTime(p));
            Files.setLastModifiedTime(p, FileTime.fromMillis(now));
        }
        for (Path p : edited) {
            originals.put(p, Files.readAllBytes(p));
            mtimes.put(p, Files.getLastModifiedTime(p));
            rewrite(reader, p, p, "edited");
        }
        added.clear();
        for (Path source : addSources) {
            String name = source.getFileName().toString();
            Path target = source.resolveSibling("bench-added-" + name);
            rewrite(reader, source, target, "added");
            added.add(target);
        }
        Files.createDirectories(asideDir);
        int n = 0;
        for (Path p : deleted) {
            Path to = asideDir.resolve((n++) + "-" + p.getFileName());
            Files.move(p, to, StandardCopyOption.ATOMIC_MOVE);
            aside.put(p, to);
        }
    }

    /** Puts every file back as it was (content and mtime); the added files are deleted. */
    void revert() throws IOException {
        for (Map.Entry<Path, Path> e : aside.entrySet()) {
            Files.move(e.getValue(), e.getKey(), StandardCopyOption.ATOMIC_MOVE);
        }
        aside.clear();
        for (Map.Entry<Path, byte[]> e : originals.entrySet()) {
            Files.write(e.getKey(), e.getValue());
        }
        originals.clear();
        for (Map.Entry<Path, FileTime> e : mtimes.entrySet()) {
            Files.setLastModifiedTime(e.getKey(), e.getValue());
        }
        mtimes.clear();
        for (Path p : added) {
            Files.deleteIfExists(p);
        }
    }

    /** Writes the card of {@code source} to {@code target} with a changed description. */
    private static void rewrite(CardReader reader, Path source, Path target, String mark)
            throws IOException, CardFormatException {
        CardFile file = reader.read(source);
        Card c = file.card();
        ObjectNode root = (ObjectNode) MAPPER.readTree(c.json());
        ObjectNode data = root.has("data") && root.get("data").isObject() ? (ObjectNode) root.get("data") : root;
        data.put("description", data.path("description").asText("") + " (" + mark + " by the benchmark)");
        Card changed = new Card(c.spec(), c.name(), c.nickname(), c.creator(), c.tags(), c.characterVersion(),
                c.description(), c.personality(), c.scenario(), c.firstMessage(), c.messageExamples(),
                c.creatorNotes(), c.systemPrompt(), c.postHistoryInstructions(), c.alternateGreetings(),
                c.groupOnlyGreetings(), c.lorebookEntries(), c.creationDate(), c.modificationDate(),
                MAPPER.writeValueAsString(root));
        if (file.format() == CardFile.Format.PNG) {
            CardWriter.writePng(target, Files.readAllBytes(source), changed);
        } else {
            CardWriter.writeJson(target, changed);
        }
    }
}
