package org.dateline.internal;

import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * An ordered parallel map with bounded memory: items are read on the calling thread, mapped on a
 * pool, and delivered to the consumer in input order, on the calling thread. At most
 * {@code threads * WINDOW_PER_THREAD} items are in flight, so a huge input streams through.
 */
public final class OrderedParallel {
    /** Items in flight per thread: enough to keep the pool busy while one slow item blocks the head. */
    static final int WINDOW_PER_THREAD = 4;
    /** Recursive DOM walks on pathological pages need more than the default stack. */
    private static final long WORKER_STACK_BYTES = 8L * 1024 * 1024;

    private OrderedParallel() {
    }

    /**
     * Maps every item of {@code next} (which returns {@code null} at the end) with {@code f} and
     * passes the results to {@code sink} in order.
     */
    public static <T, R> void map(Supplier<@Nullable T> next, Function<T, R> f, Consumer<R> sink, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        if (threads == 1) {
            for (T item = next.get(); item != null; item = next.get()) {
                sink.accept(f.apply(item));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(null, r, "dateline-worker", WORKER_STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
        try {
            int window = threads * WINDOW_PER_THREAD;
            ArrayDeque<Future<R>> inFlight = new ArrayDeque<>(window);
            for (T item = next.get(); item != null; item = next.get()) {
                T it = item;
                inFlight.add(CompletableFuture.supplyAsync(() -> f.apply(it), pool));
                if (inFlight.size() >= window) {
                    sink.accept(join(inFlight.poll()));
                }
            }
            while (!inFlight.isEmpty()) {
                sink.accept(join(inFlight.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R join(Future<R> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException(cause);
        }
    }
}
