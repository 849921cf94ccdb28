package org.teikit.transform;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.Consumer;
import javax.xml.transform.sax.SAXSource;
import net.sf.saxon.s9api.BuildingContentHandler;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.ItemType;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.WhitespaceStrippingPolicy;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.s9api.Xslt30Transformer;
import nu.xom.converters.SAXConverter;
import org.teikit.io.FastXmlReader;
import org.teikit.io.SecureXml;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Runs the publishing stylesheets: TEI in, HTML, text or XSL-FO out (PDF goes on to FOP). Each
 * stylesheet is compiled once per toolkit and shared; a transformer is made per call. Elements a
 * stylesheet renders generically (it says so with {@code <xsl:message>teikit:unhandled NAME}) are
 * collected over the whole run, so that each is reported once. Thread-safe.
 */
public final class Renderer {
    static final String UNHANDLED = "teikit:unhandled ";
    private final StylesheetRegistry stylesheets;
    private final Set<String> unhandled = new ConcurrentSkipListSet<>();

    public Renderer(StylesheetRegistry stylesheets) {
        this.stylesheets = stylesheets;
    }

    /**
     * Parses a TEI file securely: with the fast reader when it can read the file as Xerces would,
     * else (and for any error, so that it is worded as ever) with Xerces. No line numbers: keeping
     * them costs a sixth of the parse, and only reports need them (the PDF's missing glyphs, the
     * exports' findings: {@link #readWithLines}).
     */
    public XdmNode read(Path file) throws IOException {
        return read(file, false, WhitespaceStrippingPolicy.NONE);
    }

    /** As {@link #read}, keeping each element's line and column. */
    public XdmNode readWithLines(Path file) throws IOException {
        return read(file, true, WhitespaceStrippingPolicy.NONE);
    }

    /**
     * As {@link #read}, for a pipeline: the whitespace its first stylesheet strips ({@code
     * xsl:strip-space}) is left out while parsing, where Saxon would otherwise look at the whole
     * tree through a stripping view of it.
     */
    public XdmNode read(Path file, Pipeline pipeline, boolean lines) throws IOException {
        XsltExecutable first = executable(pipeline.steps().get(0));
        XdmNode tree = read(file, lines, first.getWhitespaceStrippingPolicy());
        // as Saxon's transformer marks the trees it builds itself: without the mark it would strip
        // this one again, through a view
        tree.getUnderlyingNode().getTreeInfo().setSpaceStrippingRule(
                first.getUnderlyingCompiledStylesheet().getTopLevelPackage().getSpaceStrippingRule());
        return tree;
    }

    private XdmNode read(Path file, boolean lines, WhitespaceStrippingPolicy whitespace) throws IOException {
        String systemId = file.toAbsolutePath().toUri().toString();
        byte[] document = FastXmlReader.bytesOf(file);
        if (document != null) {
            try {
                return build(new SAXSource(new FastXmlReader(document), new InputSource(systemId)), lines, whitespace);
            } catch (SaxonApiException | RuntimeException e) {
                // read again below
            }
        }
        try (InputStream in = document != null ? new ByteArrayInputStream(document) : Files.newInputStream(file)) {
            InputSource source = new InputSource(in);
            source.setSystemId(systemId);
            return build(new SAXSource(SecureXml.newReader(), source), lines, whitespace);
        } catch (SaxonApiException e) {
            throw new IOException(file + ": not well-formed XML: " + e.getMessage(), e);
        }
    }

    private XdmNode build(SAXSource source, boolean lines, WhitespaceStrippingPolicy whitespace)
            throws SaxonApiException {
        DocumentBuilder builder = stylesheets.processor().newDocumentBuilder();
        builder.setLineNumbering(lines);
        builder.setWhitespaceStrippingPolicy(whitespace);
        return builder.build(source);
    }

    /** An in-memory XOM tree as Saxon's tree, for the stylesheets. */
    public XdmNode fromXom(nu.xom.Document document) {
        try {
            BuildingContentHandler builder = stylesheets.processor().newDocumentBuilder().newBuildingContentHandler();
            new SAXConverter(builder).convert(document);
            return builder.getDocumentNode();
        } catch (SaxonApiException | SAXException e) {
            throw new IllegalStateException("a XOM tree could not be handed to Saxon: " + e.getMessage(), e);
        }
    }

    /** Runs a bundled stylesheet by its classpath name (the site index, for one). */
    public byte[] render(XdmNode source, String bundledStylesheet, Map<String, String> parameters) {
        return run(stylesheets.get(bundledStylesheet), source, parameters, name -> { });
    }

    /**
     * Runs the bundled stylesheet of {@code format}, or {@code stylesheet} when given, and returns the
     * serialised result ({@code format} PDF gives the FO that FOP lays out).
     *
     * @param parameters stylesheet parameters, as strings
     */
    public byte[] render(XdmNode tei, OutputFormat format, Map<String, String> parameters, Path stylesheet) {
        return render(tei, stylesheet != null ? Pipeline.of(stylesheet) : Pipeline.of(format), parameters, name -> { });
    }

    /**
     * Runs a pipeline and returns the last step's result serialised as that stylesheet says.
     *
     * @param parameters given to every step; a step's own parameters win
     * @param unhandledHere receives the elements rendered generically, as does the run's list
     */
    public byte[] render(XdmNode tei, Pipeline pipeline, Map<String, String> parameters, Consumer<String> unhandledHere) {
        try {
            XdmNode input = tei;
            List<Pipeline.Step> steps = pipeline.steps();
            for (Pipeline.Step step : steps.subList(0, steps.size() - 1)) {
                input = tree(input, executable(step), merged(parameters, step), unhandledHere);
            }
            return run(executable(pipeline.last()), input, merged(parameters, pipeline.last()), unhandledHere);
        } catch (SaxonApiException e) {
            throw new IllegalStateException("the stylesheet failed: " + e.getMessage(), e);
        }
    }

    /** Runs a pipeline to a tree (the FO that FOP reads). */
    public XdmNode tree(XdmNode tei, Pipeline pipeline, Map<String, String> parameters, Consumer<String> unhandledHere)
            throws SaxonApiException {
        XdmNode result = tei;
        for (Pipeline.Step step : pipeline.steps()) {
            result = tree(result, executable(step), merged(parameters, step), unhandledHere);
        }
        return result;
    }

    private byte[] run(XsltExecutable executable, XdmNode tei, Map<String, String> parameters, Consumer<String> unhandledHere) {
        try {
            Xslt30Transformer transformer = prepare(executable, tei, parameters, unhandledHere);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.applyTemplates(tei, transformer.newSerializer(out));
            return out.toByteArray();
        } catch (SaxonApiException e) {
            throw new IllegalStateException("the stylesheet failed: " + e.getMessage(), e);
        }
    }

    private XsltExecutable executable(Pipeline.Step step) {
        return step.resource() != null ? stylesheets.get(step.resource()) : stylesheets.get(step.file());
    }

    private static Map<String, String> merged(Map<String, String> parameters, Pipeline.Step step) {
        if (step.parameters().isEmpty()) {
            return parameters;
        }
        Map<String, String> all = new HashMap<>(parameters);
        all.putAll(step.parameters());
        return all;
    }

    /**
     * Runs a stylesheet to a tree; the elements it renders generically go to {@code unhandledHere}
     * as well as to the run's list.
     */
    public XdmNode tree(XdmNode tei, XsltExecutable executable, Map<String, String> parameters,
            Consumer<String> unhandledHere) throws SaxonApiException {
        Xslt30Transformer transformer = prepare(executable, tei, parameters, unhandledHere);
        XdmDestination result = new XdmDestination();
        transformer.applyTemplates(tei, result);
        return result.getXdmNode();
    }

    private Xslt30Transformer prepare(XsltExecutable executable, XdmNode tei, Map<String, String> parameters,
            Consumer<String> unhandledHere) throws SaxonApiException {
        Xslt30Transformer transformer = executable.load30();
        Map<QName, XdmValue> values = new HashMap<>();
        for (Map.Entry<String, String> p : parameters.entrySet()) {
            // untyped, as on Saxon's command line: a parameter declared as xs:decimal takes "11"
            values.put(new QName(p.getKey()), new XdmAtomicValue(p.getValue(), ItemType.UNTYPED_ATOMIC));
        }
        transformer.setStylesheetParameters(values);
        transformer.setMessageHandler(message -> {
            String text = message.getStringValue();
            if (text.startsWith(UNHANDLED)) {
                String name = text.substring(UNHANDLED.length()).strip();
                unhandled.add(name);
                unhandledHere.accept(name);
            }
        });
        // an error is thrown with its message, not printed on the console as well
        transformer.setErrorReporter(error -> { });
        transformer.setGlobalContextItem(tei);
        return transformer;
    }

    /** The elements rendered generically so far, sorted. */
    public List<String> unhandledElements() {
        return List.copyOf(new TreeSet<>(unhandled));
    }
}
