package io.github.chargallery.cli;

import io.github.chargallery.card.FileNames;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * File names given on the command line as the kernel passed them. The JVM decodes {@code main}'s
 * arguments with the platform encoding, so a name that is not UTF-8 ("bad\xFF.png") reaches the program
 * as "bad\uFFFD.png", which names no file. On Linux {@code /proc/self/cmdline} still holds the raw bytes:
 * when an argument was damaged that way, its path is made from them.
 */
final class RawArguments {
    private final List<String> args;
    private List<byte[]> raw;

    RawArguments(List<String> args) {
        this.args = List.copyOf(args);
    }

    /**
     * The path argument {@code i} names: made from its raw bytes when decoding lost some and the bytes can
     * be found, else from the string.
     *
     * @throws java.nio.file.InvalidPathException when the string is no path on this system
     */
    synchronized Path path(int i) {
        String a = args.get(i);
        if (a.indexOf('\uFFFD') >= 0) {
            if (raw == null) {
                raw = tail(args);
            }
            Path p = raw.isEmpty() ? null : FileNames.fromBytes(raw.get(i));
            if (p != null) {
                return p;
            }
        }
        return Path.of(a);
    }

    /**
     * The raw bytes of this process's last {@code args.size()} arguments, when they decode to exactly
     * {@code args} (so they are these arguments); empty otherwise (not Linux, or called in-process).
     */
    private static List<byte[]> tail(List<String> args) {
        byte[] all;
        try {
            all = Files.readAllBytes(Path.of("/proc/self/cmdline"));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        List<byte[]> words = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < all.length; i++) {
            if (all[i] == 0) {
                words.add(Arrays.copyOfRange(all, start, i));
                start = i + 1;
            }
        }
        if (words.size() < args.size()) {
            return List.of();
        }
        List<byte[]> tail = words.subList(words.size() - args.size(), words.size());
        Charset jnu;
        try {
            jnu = Charset.forName(System.getProperty("sun.jnu.encoding", Charset.defaultCharset().name()));
        } catch (RuntimeException e) {
            jnu = Charset.defaultCharset();
        }
        for (int i = 0; i < args.size(); i++) {
            if (!new String(tail.get(i), jnu).equals(args.get(i))) {
                return List.of();
            }
        }
        return tail;
    }
}
