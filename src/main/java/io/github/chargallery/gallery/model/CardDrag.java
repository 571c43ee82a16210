package io.github.chargallery.gallery.model;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.DataFormat;

/**
 * Cards dragged out of the grid: their ids on the Dragboard under {@link #FORMAT}, as one String of ids
 * separated by commas. Dropped files (a folder, card files) travel as files and never in this format.
 */
public final class CardDrag {
    public static final String ID = "application/x-chargallery-card-ids";
    /** One instance per JVM: JavaFX refuses a second DataFormat with the same identifier. */
    public static final DataFormat FORMAT = DataFormat.lookupMimeType(ID) != null ? DataFormat.lookupMimeType(ID)
            : new DataFormat(ID);

    private CardDrag() {
    }

    public static String encode(List<Long> ids) {
        StringBuilder sb = new StringBuilder();
        for (long id : ids) {
            if (!sb.isEmpty()) {
                sb.append(',');
            }
            sb.append(id);
        }
        return sb.toString();
    }

    /** The ids a drag carries; what is not a number is skipped (a drag from another program). */
    public static List<Long> decode(Object content) {
        List<Long> ids = new ArrayList<>();
        if (content instanceof String s) {
            for (String part : s.split(",")) {
                try {
                    ids.add(Long.parseLong(part.strip()));
                } catch (NumberFormatException notAnId) {
                    // skipped
                }
            }
        }
        return ids;
    }
}
