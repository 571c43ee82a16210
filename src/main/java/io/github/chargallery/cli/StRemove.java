package io.github.chargallery.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.chargallery.card.FileNames;
import io.github.chargallery.library.Library;
import io.github.chargallery.library.SillyTavern;
import io.github.chargallery.library.TrashBin;
import io.github.chargallery.library.trash.Trash;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code st remove FILE...}: moves the SillyTavern copy of each file's card to the trash, saying how many chats
 * SillyTavern has with it (they stay in its chats folder); the archive's copy stays.
 */
final class StRemove {
    private StRemove() {
    }

    static int run(Args a, PrintStream out, PrintStream err) throws UsageException {
        List<Path> files = new ArrayList<>();
        for (int k = 1; k < a.words.size(); k++) {
            files.add(LibraryArgs.path(a, k));
        }
        boolean json = a.flag(Command.JSON.name());
        int failed = 0;
        List<ObjectNode> rows = new ArrayList<>();
        try (Library library = LibraryArgs.open(a)) {
            SillyTavern st = StCommand.bridge(library);
            TrashBin bin = library.trashBin(Trash.forThisSystem());
            for (Path f : files) {
                Optional<Long> id = library.cardIdOf(f);
                List<SillyTavern.Copy> copies = id.map(st::copiesOf).orElse(List.of());
                if (copies.isEmpty()) {
                    err.println(FileNames.display(f) + ": " + (id.isEmpty() ? "not in the index (run index first)"
                            : "its card is not in SillyTavern"));
                    failed++;
                    continue;
                }
                TrashBin.Result r = st.remove(id.get(), bin);
                for (int i = 0; i < r.files().size(); i++) {
                    TrashBin.Moved m = r.files().get(i);
                    int chats = copies.get(i).chats().count();
                    if (!m.ok()) {
                        failed++;
                        err.println(FileNames.display(m.file()) + ": not removed: " + m.failure()
                                + " (nothing was deleted)");
                    } else if (!json) {
                        out.println(FileNames.display(m.file().getFileName()) + "\tmoved to the trash; "
                                + chats + (chats == 1 ? " chat stays" : " chats stay")
                                + " in SillyTavern's chats folder; the archive's copy stays");
                    }
                    ObjectNode o = Json.object();
                    o.put("file", FileNames.display(f));
                    o.put("st_file", FileNames.display(m.file().getFileName()));
                    o.put("chats", chats);
                    o.put("trashed", m.ok());
                    o.put("error", m.failure());
                    rows.add(o);
                }
            }
        }
        if (json) {
            Json.printLines(rows, out);
        }
        return failed == 0 ? 0 : 1;
    }
}
