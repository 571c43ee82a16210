package io.github.chargallery.library.trash;

import io.github.chargallery.card.FileNames;
import java.nio.file.Path;

/** A file that could not be moved to the trash or back; the file is left where it was. */
public final class TrashException extends Exception {
    private final transient Path file;
    private final String reason;

    public TrashException(Path file, String reason) {
        super(FileNames.display(file) + ": " + reason);
        this.file = file;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    /** The reason alone, without the file name. */
    public String reason() {
        return reason;
    }
}
