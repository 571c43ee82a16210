package io.github.chargallery.gallery;

import io.github.chargallery.gallery.model.Fmt;
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
        if (r.export() == null) {
            lines.add("Nothing could be read from the old file: add your library folders again.");
        } else {
            List<String> kept = new ArrayList<>();
            kept.add(Fmt.plural(r.folders(), "folder", "folders"));
            if (r.favorites() > 0) {
                kept.add(Fmt.plural(r.favorites(), "favourite", "favourites"));
            }
            if (r.taggedCards() > 0) {
                kept.add("the tags of " + Fmt.plural(r.taggedCards(), "card", "cards"));
            }
            lines.add("Saved " + String.join(", ", kept) + " to " + r.export()
                    + (r.favorites() + r.taggedCards() > 0 ? "; favourites and tags come back as the scan finds"
                    + " their cards." : "."));
        }
        r.problems().forEach(p -> lines.add("• " + p));
        return String.join("\n", lines);
    }
}
