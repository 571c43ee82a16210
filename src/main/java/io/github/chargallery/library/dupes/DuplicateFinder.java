package io.github.chargallery.library.dupes;

import io.github.chargallery.card.FileNames;
import io.github.chargallery.library.db.DuplicateRows;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the duplicate groups among the index's rows, in memory: same card (equal canonical JSON), same
 * character (one creator, one name key, contents differ) and same picture (dHash within
 * {@link DHash#SAME_PICTURE_BITS}, names differ). Linear in the cards but for the picture match, which
 * compares only hashes that share one of six bands (two hashes that close always do).
 */
public final class DuplicateFinder {
    private final Map<Long, Acc> cards = new LinkedHashMap<>();

    /** One card folded from its file rows. */
    private static final class Acc {
        DuplicateRows.Row first;
        final List<Path> files = new ArrayList<>();
        final List<Long> mtimes = new ArrayList<>();
        final List<Long> sizes = new ArrayList<>();
        Long dhash;
        String nameKey;
        Map<String, CardFacts.Field> fields;

        String nameKey() {
            if (nameKey == null) {
                nameKey = NameKey.of(first.name());
            }
            return nameKey;
        }

        Map<String, CardFacts.Field> fields() {
            if (fields == null) {
                fields = CardFacts.parseFields(first.fields());
            }
            return fields;
        }
    }

    public void add(DuplicateRows.Row r) {
        Acc a = cards.computeIfAbsent(r.cardId(), k -> new Acc());
        if (a.first == null) {
            a.first = r;
        }
        a.files.add(FileNames.path(r.path()));
        a.mtimes.add(r.mtimeNs() / 1_000_000);
        a.sizes.add(r.size());
        if (a.dhash == null && r.dhash() != null) {
            a.dhash = r.dhash();
        }
    }

    /** Every group, minus those dismissed; same card first, then versions, then pictures, each by name. */
    public List<DuplicateGroup> groups(Set<String> dismissed) {
        List<DuplicateGroup> out = new ArrayList<>();
        out.addAll(sameCard());
        out.addAll(sameCharacter());
        out.addAll(samePicture());
        out.removeIf(g -> dismissed.contains(g.id()));
        return out;
    }

    private static String canonical(Acc a) {
        return a.first.canonical() != null ? a.first.canonical() : "raw:" + a.first.hash();
    }

    private List<DuplicateGroup> sameCard() {
        Map<String, List<Acc>> byContent = new HashMap<>();
        for (Acc a : cards.values()) {
            byContent.computeIfAbsent(canonical(a), k -> new ArrayList<>()).add(a);
        }
        List<DuplicateGroup> out = new ArrayList<>();
        for (List<Acc> same : byContent.values()) {
            List<DuplicateGroup.Copy> copies = new ArrayList<>();
            for (Acc a : same) {
                for (int i = 0; i < a.files.size(); i++) {
                    copies.add(copy(a, i, true));
                }
            }
            if (copies.size() > 1) {
                out.add(group(DuplicateGroup.Kind.SAME_CARD, copies));
            }
        }
        out.sort(BY_NAME);
        return out;
    }

    private List<DuplicateGroup> sameCharacter() {
        Map<String, List<Acc>> byWho = new HashMap<>();
        for (Acc a : cards.values()) {
            String name = a.nameKey();
            if (!name.isEmpty()) {
                byWho.computeIfAbsent(NameKey.fold(a.first.creator()) + "\u0000" + name, k -> new ArrayList<>()).add(a);
            }
        }
        List<DuplicateGroup> out = new ArrayList<>();
        for (List<Acc> who : byWho.values()) {
            if (who.size() > 1 && who.stream().map(DuplicateFinder::canonical).distinct().count() > 1) {
                out.add(group(DuplicateGroup.Kind.SAME_CHARACTER, who.stream().map(a -> copy(a, 0, false)).toList()));
            }
        }
        out.sort(BY_NAME);
        return out;
    }

    private List<DuplicateGroup> samePicture() {
        List<Acc> with = new ArrayList<>();
        for (Acc a : cards.values()) {
            if (a.dhash != null && !DHash.tooPlain(a.dhash)) {
                with.add(a);
            }
        }
        int n = with.size();
        int[] parent = new int[n];
        Arrays.setAll(parent, i -> i);
        String[] names = new String[n];
        long[] hashes = new long[n];
        for (int i = 0; i < n; i++) {
            names[i] = with.get(i).nameKey();
            hashes[i] = with.get(i).dhash;
        }
        // Six bands of 11/11/11/11/10/10 bits: two hashes at most 5 bits apart agree on at least one band.
        // Per band, (band value, index) pairs are sorted so that equal bands sit together: no boxing, no maps.
        int[] widths = {11, 11, 11, 11, 10, 10};
        int shift = 0;
        long[] keys = new long[n];
        for (int w : widths) {
            long mask = (1L << w) - 1;
            for (int i = 0; i < n; i++) {
                keys[i] = (((hashes[i] >>> shift) & mask) << 32) | i;
            }
            Arrays.sort(keys);
            for (int start = 0; start < n; ) {
                int end = start + 1;
                while (end < n && (keys[end] >>> 32) == (keys[start] >>> 32)) {
                    end++;
                }
                for (int x = start; x < end; x++) {
                    int i = (int) keys[x];
                    for (int y = x + 1; y < end; y++) {
                        int j = (int) keys[y];
                        if (DHash.distance(hashes[i], hashes[j]) <= DHash.SAME_PICTURE_BITS && !names[i].equals(names[j])) {
                            union(parent, i, j);
                        }
                    }
                }
                start = end;
            }
            shift += w;
        }
        Map<Integer, List<Acc>> sets = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            sets.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(with.get(i));
        }
        List<DuplicateGroup> out = new ArrayList<>();
        for (List<Acc> set : sets.values()) {
            if (set.size() > 1) {
                out.add(group(DuplicateGroup.Kind.SAME_PICTURE, set.stream().map(a -> copy(a, 0, false)).toList()));
            }
        }
        out.sort(BY_NAME);
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }

    private static final Comparator<DuplicateGroup> BY_NAME = Comparator
            .comparing((DuplicateGroup g) -> g.copies().get(0).name(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(DuplicateGroup::id);

    /** The copy of card {@code a}: its file {@code i} alone (a same-card group), or the card with all its files. */
    private static DuplicateGroup.Copy copy(Acc a, int i, boolean oneFile) {
        DuplicateRows.Row r = a.first;
        List<Path> files = oneFile ? List.of(a.files.get(i)) : a.files;
        List<String> tags = r.userTags() == null ? List.of() : List.of(r.userTags().split("\u001F"));
        return new DuplicateGroup.Copy(r.cardId(), r.name(), r.creator(), r.version(), files, r.favorite(), tags,
                a.sizes.get(i), a.mtimes.get(i), r.modified() != null ? r.modified() : r.created() != null ? r.created()
                : r.cardDate(), r.greetings(), r.lorebook(), a.fields(), canonical(a), a.dhash);
    }

    private static DuplicateGroup group(DuplicateGroup.Kind kind, List<DuplicateGroup.Copy> copies) {
        List<DuplicateGroup.Copy> sorted = new ArrayList<>(copies);
        sorted.sort(Comparator.comparingLong(DuplicateGroup.Copy::cardId)
                .thenComparing(c -> c.files().get(0).toString()));
        return new DuplicateGroup(id(kind, sorted), kind, sorted, Differences.of(sorted));
    }

    /** A hash of the kind, each copy's content and files: another card or file in the group makes another id. */
    private static String id(DuplicateGroup.Kind kind, List<DuplicateGroup.Copy> copies) {
        List<String> parts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (DuplicateGroup.Copy c : copies) {
            String p = c.canonical() + "|" + c.cardId() + "|" + c.files().stream().map(FileNames::text).sorted().toList();
            if (seen.add(p)) {
                parts.add(p);
            }
        }
        parts.sort(null);
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] d = md.digest((kind.word + "\n" + String.join("\n", parts)).getBytes(StandardCharsets.UTF_8));
            return kind.word.substring(5, 9) + "-" + HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
