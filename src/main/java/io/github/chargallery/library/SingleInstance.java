package io.github.chargallery.library;

import io.github.chargallery.card.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/**
 * One gallery window per data folder. The first instance holds an OS lock on {@code gallery.lock} for
 * its whole life and listens on a loopback port named in {@code gallery.instance}; a later instance asks
 * it to come to the front instead of opening the same library a second time.
 * <p>
 * The OS drops the lock when the process dies, however it dies, so a lock file left by a killed
 * process never blocks the next start. The port lives in a second file because on Windows a locked
 * file cannot be read by other processes. Pure Java: tested without a toolkit.
 */
public final class SingleInstance implements AutoCloseable {
    static final String LOCK_FILE = "gallery.lock";
    static final String INFO_FILE = "gallery.instance";
    private static final String REQUEST = "show ";
    private static final String SHOWN = "ok";
    private static final int MAX_LINE = 200;
    /**
     * Lock files this JVM holds. Checked before opening the file again: POSIX locks belong to the
     * process, so closing any other channel on the same file would silently drop ours.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    /** What a start found. {@code owner} is set only for {@link Kind#OWNER}. */
    public record Claim(Kind kind, SingleInstance owner) {
    }

    public enum Kind {
        /** this process now owns the data folder */
        OWNER,
        /** another instance owns it and was asked to show its window */
        SHOWN_OTHER,
        /** another instance owns it but did not answer in time */
        OTHER_UNREACHABLE
    }

    private final Path key;
    private final Path info;
    private final FileChannel channel;
    private final FileLock lock;
    private final ServerSocket server;
    private final String token;
    private final BooleanSupplier onActivate;
    private boolean closed;

    private SingleInstance(Path key, Path info, FileChannel channel, FileLock lock, ServerSocket server, String token,
            BooleanSupplier onActivate) {
        this.key = key;
        this.info = info;
        this.channel = channel;
        this.lock = lock;
        this.server = server;
        this.token = token;
        this.onActivate = onActivate;
    }

    /**
     * Takes the data folder for this process, or asks the instance that has it to show itself.
     * Keeps trying for {@code patience}: the other instance may be just starting (port not written
     * yet) or just closing (lock about to be free).
     *
     * @param onActivate called on a background thread when a later instance asks; returns false when
     *                   this instance cannot show a window now (it is closing)
     * @throws IOException when the lock cannot be taken for another reason (folder not writable, file
     *                     system without locks)
     */
    public static Claim claim(Path dataDir, BooleanSupplier onActivate, Duration patience) throws IOException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            Optional<SingleInstance> owner = tryLock(dataDir, onActivate);
            if (owner.isPresent()) {
                return new Claim(Kind.OWNER, owner.get());
            }
            Duration left = Duration.ofNanos(deadline - System.nanoTime());
            if (askToShow(dataDir, left)) {
                return new Claim(Kind.SHOWN_OTHER, null);
            }
            if (System.nanoTime() - deadline >= 0) {
                return new Claim(Kind.OTHER_UNREACHABLE, null);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Claim(Kind.OTHER_UNREACHABLE, null);
            }
        }
    }

    /** What the user reads when the running instance cannot be reached. */
    /** Whether a gallery (this process or another) has this data folder open now. */
    public static boolean inUse(Path dataDir) throws IOException {
        Path lockFile = dataDir.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return false;
        }
        Path key = dataDir.toRealPath().resolve(LOCK_FILE);
        if (HELD.contains(key)) {
            return true;
        }
        try (FileChannel channel = FileChannel.open(key, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException lockedElsewhereInThisJvm) {
            return true;
        }
    }

    public static String alreadyRunningMessage(Path dataDir) {
        return "Character Gallery is already running with the library in " + dataDir
                + ".\nClose it first, or start with --data-dir for another library.";
    }

    private static Optional<SingleInstance> tryLock(Path dataDir, BooleanSupplier onActivate) throws IOException {
        Files.createDirectories(dataDir);
        Path key = dataDir.toRealPath().resolve(LOCK_FILE);
        if (!HELD.add(key)) {
            return Optional.empty();
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException lockedElsewhereInThisJvm) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                HELD.remove(key);
                return Optional.empty();
            }
            // a file left by a killed process is simply overwritten
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("Character Gallery (process " + ProcessHandle.current().pid()
                    + ") has this library open. The OS frees the lock when it ends; the file may stay.\n")
                    .getBytes(StandardCharsets.UTF_8)));
            ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
            byte[] secret = new byte[16];
            new SecureRandom().nextBytes(secret);
            SingleInstance owner = new SingleInstance(key, dataDir.resolve(INFO_FILE), channel, lock, server,
                    HexFormat.of().formatHex(secret), onActivate);
            owner.writeInfo(dataDir);
            owner.listen();
            return Optional.of(owner);
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            HELD.remove(key);
            throw e;
        }
    }

    private void writeInfo(Path dataDir) throws IOException {
        byte[] text = (server.getLocalPort() + " " + token + "\n").getBytes(StandardCharsets.US_ASCII);
        AtomicFiles.write(info, out -> out.write(text));
    }

    private void listen() {
        DaemonThreads.start("single-instance", this::serve);
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                s.setSoTimeout(2000);
                if ((REQUEST + token).equals(readLine(s.getInputStream())) && onActivate.getAsBoolean()) {
                    OutputStream out = s.getOutputStream();
                    out.write((SHOWN + "\n").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
            } catch (IOException | RuntimeException e) {
                if (server.isClosed()) {
                    return;
                }
                // one bad or slow caller; keep serving the next
            }
        }
    }

    /** Asks the owner named in the info file to show itself; false when there is none or it does not answer. */
    private static boolean askToShow(Path dataDir, Duration timeout) {
        int millis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
        String[] parts;
        try {
            parts = Files.readString(dataDir.resolve(INFO_FILE), StandardCharsets.US_ASCII).trim().split(" ");
        } catch (IOException notWrittenYet) {
            return false;
        }
        if (parts.length != 2) {
            return false;
        }
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(parts[0])), millis);
            s.setSoTimeout(millis);
            OutputStream out = s.getOutputStream();
            out.write((REQUEST + parts[1] + "\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return SHOWN.equals(readLine(s.getInputStream()));
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** One short ASCII line; a caller cannot make us buffer more than a few hundred bytes. */
    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
            if (line.length() >= MAX_LINE) {
                return null;
            }
            line.append((char) c);
        }
        return line.toString();
    }

    /** Stops answering and frees the folder. Deletes only the port file, while still holding the lock. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            server.close();
        } catch (IOException ignored) {
            // nothing listens any more either way
        }
        try {
            Files.deleteIfExists(info);
        } catch (IOException ignored) {
            // a stale port file only costs the next instance a refused connection
        }
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // closing the channel (or the process ending) frees the lock anyway
        }
        HELD.remove(key);
    }
}
