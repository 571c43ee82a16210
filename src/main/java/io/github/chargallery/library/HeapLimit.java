package io.github.chargallery.library;

/** What to tell the user when the Java heap ran out: which limit was hit, and how to raise it. */
public final class HeapLimit {
    private HeapLimit() {
    }

    /** @param what the work that ran out ("generate", "the scan"), or null */
    public static String message(String what) {
        long mb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        return "ran out of memory (the Java heap limit is " + mb + " MB, -Xmx" + mb + "m)"
                + (what == null || what.isEmpty() ? "" : " during " + what)
                + ": run it again with a larger limit, e.g. java -Xmx" + Math.max(1024, mb * 4) + "m -jar "
                + "character-gallery.jar ...";
    }
}
