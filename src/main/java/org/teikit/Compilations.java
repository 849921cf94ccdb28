package org.teikit;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;

/**
 * What is compiled once per run and shared by every thread: schemas, stylesheets. Compiled on the
 * first thread that asks ({@link #get}; others asking for the same key meanwhile wait for that one
 * compilation), or ahead of need on a thread of its own ({@link #prepare}) while the caller goes on
 * with other work, such as reading its inputs. A compilation that fails fails every {@code get} of
 * its key with the same exception.
 *
 * @param <K> what names a compilation (a schema's URI, a stylesheet's path)
 * @param <V> the compiled form; it must be safe to share between threads
 */
public final class Compilations<K, V> {
    /** A compilation that may fail on reading its source. */
    @FunctionalInterface
    public interface Compiler<V> {
        V compile() throws IOException;
    }

    /** One daemon thread per prepared compilation: a few per run, and none keeps the JVM alive. */
    private static final Executor BACKGROUND = task -> {
        Thread thread = new Thread(task, "teikit-compiler");
        thread.setDaemon(true);
        thread.start();
    };

    private final ConcurrentMap<K, CompletableFuture<V>> started = new ConcurrentHashMap<>();

    /** Starts compiling {@code key} in the background, unless it is compiled or under way. */
    public void prepare(K key, Compiler<V> compiler) {
        submit(key, compiler, BACKGROUND);
    }

    /** The compiled {@code key}: the compilation already started, else one run now on this thread. */
    public V get(K key, Compiler<V> compiler) throws IOException {
        try {
            return submit(key, compiler, Runnable::run).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException cause) {
                throw cause;
            }
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    private CompletableFuture<V> submit(K key, Compiler<V> compiler, Executor executor) {
        CompletableFuture<V> compilation = new CompletableFuture<>();
        CompletableFuture<V> existing = started.putIfAbsent(key, compilation);
        if (existing != null) {
            return existing;
        }
        executor.execute(() -> {
            try {
                compilation.complete(compiler.compile());
            } catch (IOException | RuntimeException | Error e) {
                compilation.completeExceptionally(e);
            }
        });
        return compilation;
    }
}
