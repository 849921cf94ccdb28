package org.teikit.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The most heap in use while it runs, read every few milliseconds from a daemon thread. Garbage not
 * yet collected counts too, so this bounds what is live from above; a run under a small
 * {@code -Xmx} shows what the work needs.
 */
final class HeapSampler {
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peak;

    private HeapSampler() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        thread = new Thread(() -> {
            while (running) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        thread.setDaemon(true);
    }

    static HeapSampler start() {
        HeapSampler sampler = new HeapSampler();
        sampler.thread.start();
        return sampler;
    }

    /** Stops sampling; the peak in bytes. */
    long stop() throws InterruptedException {
        running = false;
        thread.join();
        return peak;
    }
}
