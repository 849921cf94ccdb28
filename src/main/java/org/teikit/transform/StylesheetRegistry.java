package org.teikit.transform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;
import org.teikit.Compilations;

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
    private final Processor processor;
    private final Compilations<String, XsltExecutable> compiled = new Compilations<>();

    public StylesheetRegistry(Processor processor) {
        this.processor = processor;
        processor.registerExtensionFunction(new NameBasedUuid());
    }

    public Processor processor() {
        return processor;
    }

    /** Starts compiling a bundled stylesheet in the background, unless it is compiled or under way. */
    public void prepare(String resource) {
        compiled.prepare(resource, () -> compile(resource));
    }

    /** @param resource a classpath path such as {@code xslt/text/tei-to-text.xsl} */
    public XsltExecutable get(String resource) {
        return get(resource, () -> compile(resource));
    }

    /**
     * A user's own stylesheet, compiled once per run.
     *
     * @throws IllegalArgumentException when it does not compile, with Saxon's messages
     */
    public XsltExecutable get(Path file) {
        return get(file.toAbsolutePath().normalize().toUri().toString(), () -> compile(file));
    }

    private XsltExecutable get(String key, Compilations.Compiler<XsltExecutable> compiler) {
        try {
            return compiled.get(key, compiler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    private XsltExecutable compile(String resource) throws IOException {
        try (InputStream in = StylesheetRegistry.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("stylesheet missing from the classpath: " + resource);
            }
            StreamSource source = new StreamSource(in, "classpath:/" + resource);
            return processor.newXsltCompiler().compile(source);
        } catch (SaxonApiException e) {
            throw new IllegalStateException("bundled stylesheet " + resource + " does not compile: " + e.getMessage(), e);
        }
    }
}
