package io.github.chargallery.library;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Background threads that never keep the JVM alive: quitting the app or a command must not wait for them. */
public final class DaemonThreads {
    private DaemonThreads() {
    }

    /** Makes daemon threads named {@code name-1}, {@code name-2}, … */
    public static ThreadFactory named(String name) {
        AtomicInteger n = new AtomicInteger();
        return work -> {
            Thread t = new Thread(work, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Starts one daemon thread running work. */
    public static Thread start(String name, Runnable work) {
        Thread t = named(name).newThread(work);
        t.start();
        return t;
    }
}
