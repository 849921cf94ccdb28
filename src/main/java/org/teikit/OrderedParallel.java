package org.teikit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Work on many inputs over a few threads, with results handed on in input order: a run's messages
 * read the same whatever the number of threads. Results are passed to the caller's consumer as soon
 * as every earlier one is done, so a long run reports as it goes.
 */
public final class OrderedParallel {
    private OrderedParallel() {
    }

    /**
     * @param jobs threads, at least 1 (fewer are started for fewer inputs)
     * @param work runs on a worker thread; it must be thread-safe
     * @param inOrder runs on the calling thread, in input order
     * @throws IllegalStateException when the work throws (the cause is kept) or the caller is interrupted
     */
    public static <T, R> List<R> map(List<T> inputs, int jobs, Function<T, R> work, Consumer<R> inOrder) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1, not " + jobs);
        }
        if (jobs == 1 || inputs.size() <= 1) {
            List<R> results = new ArrayList<>(inputs.size());
            for (T input : inputs) {
                R result = work.apply(input);
                inOrder.accept(result);
                results.add(result);
            }
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, inputs.size()));
        try {
            List<Future<R>> futures = new ArrayList<>(inputs.size());
            for (T input : inputs) {
                futures.add(pool.submit(() -> work.apply(input)));
            }
            List<R> results = new ArrayList<>(inputs.size());
            for (Future<R> future : futures) {
                R result = future.get();
                inOrder.accept(result);
                results.add(result);
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().toString(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
