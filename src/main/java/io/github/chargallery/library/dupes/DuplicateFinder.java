package io.github.chargallery.library.dupes;

import io.github.chargallery.card.FileNames;
import io.github.chargallery.library.db.DuplicateRows;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
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
 *
 * <p>Matching needs only each card's {@link DuplicateRows.Key}s; what a group shows ({@link DuplicateRows.Row})
 * is read for the cards in a group only ({@link #undetailed}), once: a finder kept between changes takes
 * the changed cards out and in again ({@link #remove}, {@link #add}) and matches again in memory.
 * Not thread-safe: one thread at a time.
 */
public final class DuplicateFinder {
    private final Map<Long, Acc> cards = new HashMap<>();
    /** The matches found by the last {@link #match}: per kind, the cards of each group. */
    private List<List<Acc>> sameCard = List.of();
    private List<List<Acc>> sameCharacter = List.of();
    private List<List<Acc>> samePicture = List.of();

    /** One card folded from its file keys, with its shown rows once read. */
    private static final class Acc {
        final DuplicateRows.Key first;
        int files;
        Long dhash;
        String nameKey;
        String whoKey;
        List<DuplicateRows.Row> rows;
        Map<String, CardFacts.Field> fields;

        Acc(DuplicateRows.Key first) {
            this.first = first;
        }

        String nameKey() {
            if (nameKey == null) {
                nameKey = NameKey.of(first.name());
            }
            return nameKey;
        }

        /** Creator and name key together, kept: a finder kept between patches matches every card again. */
        String whoKey() {
            if (whoKey == null) {
                String name = nameKey();
                whoKey = name.isEmpty() ? "" : NameKey.fold(first.creator()) + "\u0000" + name;
            }
            return whoKey;
        }

        Map<String, CardFacts.Field> fields() {
            if (fields == null) {
                fields = CardFacts.parseFields(rows.get(0).fields());
            }
            return fields;
        }
    }

    public void add(DuplicateRows.Key k) {
        Acc a = cards.computeIfAbsent(k.cardId(), id -> new Acc(k));
        a.files++;
        if (a.dhash == null && k.dhash() != null) {
            a.dhash = k.dhash();
        }
    }

    /** Forgets a card (before its changed keys are added again, or for good when it is gone). */
    public void remove(long cardId) {
        cards.remove(cardId);
    }

    /** Adds a shown row of a card {@link #undetailed} named; rows of cards not known are ignored. */
    public void detail(DuplicateRows.Row r) {
        Acc a = cards.get(r.cardId());
        if (a != null) {
            if (a.rows == null) {
                a.rows = new ArrayList<>();
            }
            a.rows.add(r);
        }
    }

    /** Matches the cards known now; then {@link #undetailed} says whose rows to read before {@link #groups}. */
    public void match() {
        Acc[] all = cards.values().toArray(new Acc[0]);
        sameCard = sameCardSets(all);
        sameCharacter = sameCharacterSets(all);
        samePicture = samePictureSets(all);
    }

    /** The cards in a group found by {@link #match} whose shown rows have not been read. */
    public Set<Long> undetailed() {
        Set<Long> out = new HashSet<>();
        for (List<List<Acc>> kind : List.of(sameCard, sameCharacter, samePicture)) {
            for (List<Acc> set : kind) {
                for (Acc a : set) {
                    if (a.rows == null) {
                        out.add(a.first.cardId());
                    }
                }
            }
        }
        return out;
    }

    /** The groups {@link #match} found, minus those dismissed; same card first, then versions, then pictures. */
    public List<DuplicateGroup> groups(Set<String> dismissed) {
        List<DuplicateGroup> out = new ArrayList<>();
        out.addAll(groups(DuplicateGroup.Kind.SAME_CARD, sameCard));
        out.addAll(groups(DuplicateGroup.Kind.SAME_CHARACTER, sameCharacter));
        out.addAll(groups(DuplicateGroup.Kind.SAME_PICTURE, samePicture));
        out.removeIf(g -> dismissed.contains(g.id()));
        return out;
    }

    private static List<DuplicateGroup> groups(DuplicateGroup.Kind kind, List<List<Acc>> sets) {
        List<DuplicateGroup> out = new ArrayList<>();
        for (List<Acc> set : sets) {
            List<DuplicateGroup.Copy> copies = new ArrayList<>();
            for (Acc a : set) {
                if (a.rows == null || a.rows.isEmpty()) {
                    continue; // gone between the two reads
                }
                if (kind == DuplicateGroup.Kind.SAME_CARD) {
                    for (int i = 0; i < a.rows.size(); i++) {
                        copies.add(copy(a, i, true));
                    }
                } else {
                    copies.add(copy(a, 0, false));
                }
            }
            if (copies.size() > 1) {
                out.add(group(kind, copies));
            }
        }
        out.sort(BY_NAME);
        return out;
    }

    private List<List<Acc>> sameCardSets(Acc[] all) {
        return new ArrayList<>(bySharedKey(all, a -> a.first.canonical(), true));
    }

    private List<List<Acc>> sameCharacterSets(Acc[] all) {
        List<List<Acc>> out = new ArrayList<>();
        for (List<Acc> who : bySharedKey(all, Acc::whoKey, false)) {
            if (who.stream().map(a -> a.first.canonical()).distinct().count() > 1) {
                out.add(who);
            }
        }
        return out;
    }

    /**
     * The cards that share a non-empty key, per key; with {@code alsoManyFiles}, also a card alone with several
     * files. Most cards share nothing, so a key holds its first card alone and gets a list only at the second:
     * no list for each of 50,000 cards.
     */
    private static Collection<List<Acc>> bySharedKey(Acc[] all, java.util.function.Function<Acc, String> key,
                                                     boolean alsoManyFiles) {
        Map<String, Object> byKey = new HashMap<>(all.length * 2);
        List<List<Acc>> shared = new ArrayList<>();
        for (Acc a : all) {
            String k = key.apply(a);
            if (k.isEmpty()) {
                continue;
            }
            Object seen = byKey.putIfAbsent(k, a);
            if (seen instanceof Acc first) {
                List<Acc> list = new ArrayList<>(2);
                list.add(first);
                list.add(a);
                byKey.put(k, list);
                shared.add(list);
            } else if (seen != null) {
                @SuppressWarnings("unchecked")
                List<Acc> list = (List<Acc>) seen;
                list.add(a);
            }
        }
        if (alsoManyFiles) {
            for (Object v : byKey.values()) {
                if (v instanceof Acc a && a.files > 1) {
                    shared.add(List.of(a));
                }
            }
        }
        return shared;
    }

    private List<List<Acc>> samePictureSets(Acc[] all) {
        List<Acc> with = new ArrayList<>();
        for (Acc a : all) {
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
        return sets.values().stream().filter(set -> set.size() > 1).toList();
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
        DuplicateRows.Row r = a.rows.get(0);
        DuplicateRows.Row file = a.rows.get(i);
        List<Path> files = oneFile ? List.of(FileNames.path(file.path()))
                : a.rows.stream().map(x -> FileNames.path(x.path())).toList();
        List<String> tags = r.userTags() == null ? List.of() : List.of(r.userTags().split("\u001F"));
        return new DuplicateGroup.Copy(r.cardId(), r.name(), r.creator(), r.version(), files, r.favorite(), tags,
                file.size(), file.mtimeNs() / 1_000_000, r.modified() != null ? r.modified() : r.created() != null
                ? r.created() : r.cardDate(), r.greetings(), r.lorebook(), a.fields(), a.first.canonical(), a.dhash);
    }

    private static DuplicateGroup group(DuplicateGroup.Kind kind, List<DuplicateGroup.Copy> copies) {
        List<DuplicateGroup.Copy> sorted = new ArrayList<>(copies);
        sorted.sort(Comparator.comparingLong(DuplicateGroup.Copy::cardId)
                .thenComparing(c -> c.files().get(0).toString()));
        return new DuplicateGroup(id(kind, sorted), kind, sorted);
    }

    /** A hash of the kind, each copy's content and files: another card or file in the group makes another id. */
    private static String id(DuplicateGroup.Kind kind, List<DuplicateGroup.Copy> copies) {
        List<String> parts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (DuplicateGroup.Copy c : copies) {
            String p = c.canonical() + "|" + c.cardId() + "|" + c.files().stream().map(Path::toString).sorted().toList();
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
