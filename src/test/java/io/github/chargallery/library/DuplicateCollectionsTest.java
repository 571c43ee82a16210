package io.github.chargallery.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chargallery.library.dupes.DuplicateGroup;
import io.github.chargallery.library.trash.FreedesktopTrash;
import io.github.chargallery.testing.DuplicateFixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeping one card of a duplicate group gives it the collections of the copies that go to the trash. */
class DuplicateCollectionsTest {
    @TempDir
    Path tmp;

    @Test
    void theKeptCardJoinsTheCollectionsOfTheTrashedCopies() throws Exception {
        DuplicateFixtures f = new DuplicateFixtures(tmp.resolve("cards"));
        try (Library library = Library.open(tmp.resolve("data"))) {
            library.addRoot(f.root);
            library.sync(SyncListener.NONE, () -> false);
            long kept = library.cardIdOf(f.novaPng).orElseThrow();
            long pretty = library.cardIdOf(f.novaPretty).orElseThrow();
            library.collections().create("Stars");
            library.collections().add("Stars", List.of(pretty));
            DuplicateGroup group = library.duplicates().groups().stream()
                    .filter(g -> g.copies().stream().anyMatch(c -> c.cardId() == pretty)).findFirst().orElseThrow();
            DuplicateGroup.Copy keep = group.copies().stream().filter(c -> c.cardId() == kept).findFirst().orElseThrow();
            TrashBin bin = library.trashBin(FreedesktopTrash.of(Map.of("XDG_DATA_HOME", tmp.resolve("share").toString()),
                    tmp.resolve("home").toString()));

            library.duplicates().keep(group, keep, bin);

            assertThat(library.collections().members("Stars")).containsExactly(kept);
        }
    }
}
