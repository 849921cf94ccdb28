package org.teikit.transform.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.xml.transform.Source;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.BuildingContentHandler;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SAXDestination;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import nu.xom.converters.SAXConverter;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.FopFactoryBuilder;
import org.apache.fop.apps.FormattingResults;
import org.apache.fop.apps.MimeConstants;
import org.teikit.diag.Diagnostic;
import org.teikit.diag.Severity;
import org.teikit.io.SecureXml;
import org.teikit.model.SourcePosition;
import org.teikit.transform.OutputFormat;
import org.teikit.transform.Pipeline;
import org.teikit.transform.Renderer;
import org.teikit.transform.StylesheetRegistry;
import org.xml.sax.SAXException;

/**
 * TEI to PDF. teikit's FO stylesheet ({@value #STYLESHEET}) runs in Saxon; its result, held as a
 * tree in memory, goes as SAX events into Apache FOP, which lays it out with the DejaVu fonts of the
 * classpath, embedded as subsets, as a tagged (accessible) PDF. Nothing is written to disk and
 * nothing is fetched: FOP resolves only {@code classpath:} resources ({@link ClasspathResourceResolver}).
 *
 * <p>The PDF's title, author, subject, keywords and language are those the FO states in its
 * {@code fo:declarations} (teikit's stylesheet writes them from the teiHeader), unless the options
 * give others. What is found on the way comes back with the PDF ({@link PdfResult}): a character no
 * font has ({@code PDF-GLYPH}: the character as U+XXXX and the TEI element it stands in), FOP's own
 * warnings and errors ({@code PDF-FOP}), the elements the stylesheet rendered generically. FOP's
 * logging goes into the same findings, not onto the console ({@link FopLogging}).
 *
 * <p>The same input gives the same bytes: the creation date is the one the options give (the epoch
 * unless the caller asks for another, e.g. {@code SOURCE_DATE_EPOCH}), and what FOP stamps with the
 * clock is replaced ({@link ReproduciblePdf}).
 *
 * <p>Thread-safe. A {@link FopFactory} (configuration and fonts) serves one rendering at a time: FOP
 * reads its configuration from a DOM while it lays out, and a DOM is not safe to read from two
 * threads at once (seen as NullPointerExceptions in parallel builds). So the renderer keeps the
 * factories it has made and lends each to one rendering; it makes a new one only when all are busy,
 * so there are never more than the threads that render at once. The compiled stylesheet is shared
 * ({@link StylesheetRegistry}); a transformer, a user agent and a {@link Fop} are made per call.
 * Make one renderer per toolkit and keep it.
 */
public final class PdfRenderer {
    public static final String STYLESHEET = "xslt/fo/tei-to-fo.xsl";
    private static final Pipeline TEIKIT_FO = Pipeline.of(OutputFormat.FO);
    /** FOP's configuration on the classpath: the fonts. */
    public static final String CONFIGURATION = "fop/fop.xconf";
    static final String CREATOR = "teikit";
    /** How many places of one missing character are reported. */
    static final int PLACES_PER_GLYPH = 5;
    private static final String FOP = "Apache FOP";

    private final StylesheetRegistry stylesheets;
    private final Renderer renderer;
    private final ClasspathResourceResolver resolver = new ClasspathResourceResolver(PdfRenderer.class.getClassLoader());
    /** The factories not lent out at the moment. */
    private final Queue<FopFactory> idleFactories = new ConcurrentLinkedQueue<>();
    private final List<URI> fonts;
    private final FoMetadata metadata;
    /** What the fonts have: read from them when a document first misses a glyph. */
    private volatile FontCoverage coverage;

    /** Builds the FOP factory: reads the configuration and registers the fonts. */
    public PdfRenderer(StylesheetRegistry stylesheets) {
        this.stylesheets = stylesheets;
        this.renderer = new Renderer(stylesheets);
        FopLogging.route();
        idleFactories.add(newFopFactory(resolver));
        this.fonts = configuredFonts(stylesheets.processor(), resolver);
        this.metadata = new FoMetadata(stylesheets.processor());
    }

    /**
     * TEI to PDF through teikit's FO stylesheet, or the stylesheet the options name. A tree read
     * from a file with line numbers ({@code Renderer.read}) gives findings with lines.
     */
    public PdfResult render(XdmNode tei, PdfOptions options) {
        Set<String> unhandled = new TreeSet<>();
        XdmNode fo = transform(tei, options, unhandled);
        return layOut(fo, tei, options, List.copyOf(unhandled));
    }

    /** An in-memory TEI tree (the converter's) to PDF. */
    public PdfResult render(nu.xom.Document tei, PdfOptions options) {
        return render(toSaxon(tei), options);
    }

    /**
     * XSL-FO made elsewhere (a file; the result of {@code transform --to fo}, of a stylesheet of the
     * user's) to PDF. A stream is parsed without DTDs or external entities.
     *
     * @param tei the TEI the FO was made from, where missing characters are looked for, or null
     */
    public PdfResult renderFo(Source fo, XdmNode tei, PdfOptions options) {
        Source secure = fo instanceof StreamSource stream
                ? new SAXSource(SecureXml.newReader(), SAXSource.sourceToInputSource(stream)) : fo;
        try {
            return layOut(stylesheets.processor().newDocumentBuilder().build(secure), tei, options, List.of());
        } catch (SaxonApiException e) {
            throw new IllegalArgumentException("the FO of " + options.sourceName() + " is not well-formed XML: "
                    + e.getMessage(), e);
        }
    }

    /** The XSL-FO the stylesheet makes of the TEI, serialised: what FOP would lay out. */
    public byte[] fo(XdmNode tei, PdfOptions options) {
        XdmNode fo = transform(tei, options, new TreeSet<>());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            stylesheets.processor().writeXdmValue(fo, stylesheets.processor().newSerializer(out));
        } catch (SaxonApiException e) {
            throw new IllegalStateException("the FO of " + options.sourceName() + " cannot be serialised: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private XdmNode transform(XdmNode tei, PdfOptions options, Set<String> unhandled) {
        Pipeline pipeline = options.pipeline() != null ? options.pipeline() : TEIKIT_FO;
        try {
            return renderer.tree(tei, pipeline, options.stylesheetParameters(), unhandled::add);
        } catch (SaxonApiException e) {
            throw new IllegalStateException("the FO stylesheet failed on " + options.sourceName() + ": " + e.getMessage(), e);
        }
    }

    private PdfResult layOut(XdmNode fo, XdmNode tei, PdfOptions options, List<String> unhandled) {
        PdfMetadata info = options.metadata() != null ? options.metadata() : metadata.read(fo);
        FopFactory lent = idleFactories.poll();
        FopFactory fopFactory = lent != null ? lent : newFopFactory(resolver);
        try {
            return layOut(fo, tei, options, unhandled, fopFactory, info);
        } finally {
            idleFactories.add(fopFactory);
        }
    }

    private PdfResult layOut(XdmNode fo, XdmNode tei, PdfOptions options, List<String> unhandled, FopFactory fopFactory,
            PdfMetadata info) {
        FOUserAgent agent = fopFactory.newFOUserAgent();
        agent.setCreator(CREATOR);
        agent.setCreationDate(Date.from(options.creationDate()));
        agent.setTitle(info.title().isEmpty() ? null : info.title());
        agent.setAuthor(info.author().isEmpty() ? null : info.author());
        agent.setSubject(info.subject().isEmpty() ? null : info.subject());
        agent.setKeywords(info.keywords().isEmpty() ? null : info.keywords());
        agent.setAccessibility(true);
        FopEvents events = new FopEvents();
        agent.getEventBroadcaster().addEventListener(events);
        List<String> logged = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        int pages;
        try (FopLogging.Scope scope = FopLogging.capture(logged)) {
            Fop fop = fopFactory.newFop(MimeConstants.MIME_PDF, agent, out);
            stylesheets.processor().writeXdmValue(fo, new SAXDestination(new WithoutXmp(fop.getDefaultHandler())));
            FormattingResults results = fop.getResults();
            pages = results == null ? 0 : results.getPageCount();
        } catch (FOPException | SaxonApiException e) {
            throw new IllegalStateException("FOP cannot lay out " + options.sourceName() + ": " + e.getMessage(), e);
        }
        List<Diagnostic> diagnostics = new ArrayList<>(glyphDiagnostics(events, tei, options.sourceName()));
        SourcePosition file = SourcePosition.of(options.sourceName());
        events.findings().forEach(f -> diagnostics.add(
                new Diagnostic("PDF-FOP", f.severity(), f.message(), file).withDetails(FOP, null, null, null)));
        logged.stream().distinct().forEach(m -> diagnostics.add(
                new Diagnostic("PDF-FOP", Severity.WARNING, m, file).withDetails(FOP, null, null, null)));
        return new PdfResult(ReproduciblePdf.of(out.toByteArray()), pages, info, diagnostics, unhandled);
    }

    /**
     * One finding per place of a character no font has (at most {@value #PLACES_PER_GLYPH} of each),
     * one for a character the TEI does not hold. FOP names no more than eight missing characters per
     * font and document: when it names any, the TEI's text is searched for all the others.
     */
    private List<Diagnostic> glyphDiagnostics(FopEvents events, XdmNode tei, String source) {
        Map<Integer, Set<String>> missing = new LinkedHashMap<>(events.missingGlyphs());
        if (!missing.isEmpty() && tei != null) {
            FontCoverage fontCoverage = coverage();
            for (int cp : GlyphLocator.missing(tei, fontCoverage::has)) {
                // FOP's name for a character beyond U+FFFF is its lower 16 bits
                Set<String> fonts = cp > 0xFFFF && !fontCoverage.has(cp & 0xFFFF) ? missing.remove(cp & 0xFFFF) : null;
                missing.putIfAbsent(cp, fonts != null ? fonts : Set.of("every configured font"));
            }
        }
        Map<Integer, List<GlyphLocator.Place>> places = tei == null ? Map.of()
                : GlyphLocator.locate(tei, missing.keySet(), PLACES_PER_GLYPH);
        String hint = "write the character as the DejaVu fonts have it, or mark it up (g, choice) with a replacement";
        List<Diagnostic> diagnostics = new ArrayList<>();
        missing.forEach((codePoint, fonts) -> {
            String character = describe(codePoint) + " is in no font (looked in " + String.join(", ", fonts)
                    + ") and is printed as '#'";
            List<GlyphLocator.Place> found = places.getOrDefault(codePoint, List.of());
            if (found.isEmpty()) {
                diagnostics.add(new Diagnostic("PDF-GLYPH", Severity.WARNING,
                        character + (tei == null ? "" : "; the TEI does not hold it: the stylesheet wrote it"),
                        SourcePosition.of(source)).withDetails(FOP, null, hint, null));
            }
            for (GlyphLocator.Place place : found) {
                diagnostics.add(new Diagnostic("PDF-GLYPH", Severity.WARNING,
                        character + ", in " + place.elementPath() + ": '" + place.context() + "'",
                        new SourcePosition(source, place.line(), place.column()))
                        .withDetails(FOP, place.elementPath(), hint, null));
            }
        });
        return diagnostics;
    }

    /** {@code U+1F4A9 '💩' (PILE OF POO)}. */
    static String describe(int codePoint) {
        String hex = String.format(Locale.ROOT, "U+%04X", codePoint);
        String name = Character.getName(codePoint);
        boolean printable = !Character.isISOControl(codePoint) && Character.getType(codePoint) != Character.SURROGATE
                && Character.getType(codePoint) != Character.PRIVATE_USE;
        return hex + (printable ? " '" + Character.toString(codePoint) + "'" : "") + (name == null ? "" : " (" + name + ")");
    }

    private FontCoverage coverage() {
        FontCoverage c = coverage;
        if (c == null) {
            synchronized (this) {
                c = coverage;
                if (c == null) {
                    c = FontCoverage.load(fonts, resolver);
                    coverage = c;
                }
            }
        }
        return c;
    }

    private XdmNode toSaxon(nu.xom.Document tei) {
        try {
            BuildingContentHandler builder = stylesheets.processor().newDocumentBuilder().newBuildingContentHandler();
            new SAXConverter(builder).convert(tei);
            return builder.getDocumentNode();
        } catch (SaxonApiException | SAXException e) {
            throw new IllegalStateException("a XOM tree could not be handed to Saxon: " + e.getMessage(), e);
        }
    }

    private static URI configurationUri() {
        return ClasspathResourceResolver.base().resolve("/" + CONFIGURATION);
    }

    private static FopFactory newFopFactory(ClasspathResourceResolver resolver) {
        try (InputStream configuration = resolver.open(configurationUri())) {
            FopFactoryBuilder builder = new FopConfParser(configuration, ClasspathResourceResolver.base(), resolver)
                    .getFopFactoryBuilder();
            builder.setAccessibility(true);
            builder.setStrictFOValidation(true);
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException("the FOP configuration " + CONFIGURATION + " cannot be read", e);
        } catch (SAXException e) {
            throw new IllegalStateException("the FOP configuration " + CONFIGURATION + " is broken: " + e.getMessage(), e);
        }
    }

    /** The fonts of the configuration ({@code font/@embed-url}), for {@link FontCoverage}. */
    private static List<URI> configuredFonts(Processor processor, ClasspathResourceResolver resolver) {
        try (InputStream configuration = resolver.open(configurationUri())) {
            XdmNode document = processor.newDocumentBuilder().build(new StreamSource(configuration));
            List<URI> uris = new ArrayList<>();
            processor.newXPathCompiler().evaluate("//font/@embed-url", document)
                    .forEach(url -> uris.add(ClasspathResourceResolver.base().resolve(url.getStringValue())));
            return List.copyOf(uris);
        } catch (IOException e) {
            throw new UncheckedIOException("the FOP configuration " + CONFIGURATION + " cannot be read", e);
        } catch (SaxonApiException e) {
            throw new IllegalStateException("the FOP configuration " + CONFIGURATION + " is broken: " + e.getMessage(), e);
        }
    }
}
