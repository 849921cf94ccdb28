package org.teikit.transform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;

/**
 * Compiles the bundled stylesheets (classpath {@code xslt/...}) once and keeps them: an
 * {@link XsltExecutable} is thread-safe, so every document and thread of a run shares one. The
 * processor it is given learns teikit's extension functions ({@link NameBasedUuid}) before any
 * stylesheet is compiled.
 *
 * <p>Compiling the HTML stylesheet is most of the start of a short run. A caller that knows which
 * stylesheets it will need can {@link #prepare} them: they are then compiled on a thread of their
 * own while the caller goes on (reading its first document), and {@link #get} waits for the result.
 * A stylesheet that does not compile fails every {@code get} with the same exception.
 */
public final class StylesheetRegistry {
    /** One daemon thread per prepared stylesheet: a few per run, and none keeps the JVM alive. */
    private static final Executor BACKGROUND = task -> {
        Thread thread = new Thread(task, "teikit-stylesheet-compiler");
        thread.setDaemon(true);
        thread.start();
    };

    private final Processor processor;
    private final ConcurrentMap<String, CompletableFuture<XsltExecutable>> compiled = new ConcurrentHashMap<>();

    public StylesheetRegistry(Processor processor) {
        this.processor = processor;
        processor.registerExtensionFunction(new NameBasedUuid());
    }

    public Processor processor() {
        return processor;
    }

    /** Starts compiling a bundled stylesheet in the background, unless it is compiled or under way. */
    public void prepare(String resource) {
        submit(resource, () -> compile(resource), BACKGROUND);
    }

    /** @param resource a classpath path such as {@code xslt/text/tei-to-text.xsl} */
    public XsltExecutable get(String resource) {
        return join(submit(resource, () -> compile(resource), Runnable::run));
    }

    /**
     * A user's own stylesheet, compiled once per run.
     *
     * @throws IllegalArgumentException when it does not compile, with Saxon's messages
     */
    public XsltExecutable get(Path file) {
        String key = file.toAbsolutePath().normalize().toUri().toString();
        return join(submit(key, () -> compile(file), Runnable::run));
    }

    /** The compilation of {@code key}: the one already started, else one started now on {@code executor}. */
    private CompletableFuture<XsltExecutable> submit(String key, Supplier<XsltExecutable> compiler, Executor executor) {
        CompletableFuture<XsltExecutable> started = new CompletableFuture<>();
        CompletableFuture<XsltExecutable> existing = compiled.putIfAbsent(key, started);
        if (existing != null) {
            return existing;
        }
        executor.execute(() -> {
            try {
                started.complete(compiler.get());
            } catch (RuntimeException | Error e) {
                started.completeExceptionally(e);
            }
        });
        return started;
    }

    private static XsltExecutable join(CompletableFuture<XsltExecutable> compilation) {
        try {
            return compilation.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    private XsltExecutable compile(Path file) {
        List<String> problems = new CopyOnWriteArrayList<>();
        XsltCompiler compiler = processor.newXsltCompiler();
        compiler.setErrorReporter(e -> {
            if (!e.isWarning()) {
                problems.add(e.getMessage());
            }
        });
        try {
            return compiler.compile(new StreamSource(file.toFile()));
        } catch (SaxonApiException e) {
            throw new IllegalArgumentException(file + ": the stylesheet does not compile: "
                    + (problems.isEmpty() ? e.getMessage() : String.join("; ", problems)), e);
        }
    }

    private XsltExecutable compile(String resource) {
        try (InputStream in = StylesheetRegistry.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("stylesheet missing from the classpath: " + resource);
            }
            StreamSource source = new StreamSource(in, "classpath:/" + resource);
            return processor.newXsltCompiler().compile(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SaxonApiException e) {
            throw new IllegalStateException("bundled stylesheet " + resource + " does not compile: " + e.getMessage(), e);
        }
    }
}
