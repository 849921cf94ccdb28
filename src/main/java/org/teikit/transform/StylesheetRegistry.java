package org.teikit.transform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
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
 */
public final class StylesheetRegistry {
    private final Processor processor;
    private final ConcurrentMap<String, XsltExecutable> compiled = new ConcurrentHashMap<>();

    public StylesheetRegistry(Processor processor) {
        this.processor = processor;
        processor.registerExtensionFunction(new NameBasedUuid());
    }

    public Processor processor() {
        return processor;
    }

    /** @param resource a classpath path such as {@code xslt/text/tei-to-text.xsl} */
    public XsltExecutable get(String resource) {
        return compiled.computeIfAbsent(resource, this::compile);
    }

    /**
     * A user's own stylesheet, compiled once per run.
     *
     * @throws IllegalArgumentException when it does not compile, with Saxon's messages
     */
    public XsltExecutable get(Path file) {
        String key = file.toAbsolutePath().normalize().toUri().toString();
        return compiled.computeIfAbsent(key, k -> {
            List<String> problems = new java.util.concurrent.CopyOnWriteArrayList<>();
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
        });
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
