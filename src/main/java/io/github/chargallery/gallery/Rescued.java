package io.github.chargallery.gallery;

import io.github.chargallery.library.IndexRescue;
import java.util.ArrayList;
import java.util.List;

/** What the user is told after a rebuild of the index. */
final class Rescued {
    private Rescued() {
    }

    static String text(IndexRescue.Result r) {
        List<String> lines = new ArrayList<>();
        lines.add("The library index was rebuilt. The old file is kept as " + r.movedTo() + ".");
        if (r.export() != null) {
            lines.add("Saved " + Fmt.plural(r.folders(), "folder", "folders") + ", "
                    + Fmt.plural(r.favorites(), "favourite", "favourites") + " and the tags of "
                    + Fmt.plural(r.taggedCards(), "card", "cards") + " to " + r.export()
                    + "; they come back as the scan finds their cards.");
        } else {
            lines.add("Nothing could be read from the old file: add your library folders again.");
        }
        r.problems().forEach(p -> lines.add("• " + p));
        return String.join("\n", lines);
    }
}
