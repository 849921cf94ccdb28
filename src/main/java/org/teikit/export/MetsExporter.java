package org.teikit.export;

import gov.loc.repository.bagit.hash.Hasher;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XPathExecutable;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmMap;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import org.teikit.Toolkit;
import org.teikit.io.AtomicFiles;
import org.teikit.transform.Renderer;
import org.teikit.transform.StylesheetRegistry;

/**
 * Makes one METS 1.12.1 document per TEI document ({@code xslt/export/tei-to-mets.xsl}): the TEI
 * and its renderings in a fileSec with size and SHA-256 checksum, linked relative to the METS file;
 * a MODS 3.8 record of the TEI header ({@code tei-to-mods.xsl}); a structMap of the document and
 * its pages. Thread-safe: the stylesheet and the queries are compiled once, a transformer is made
 * per call.
 */
public final class MetsExporter {
    public static final String STYLESHEET = "xslt/export/tei-to-mets.xsl";
    private static final String TEI_NAMESPACE = "http://www.tei-c.org/ns/1.0";

    private final Renderer renderer;
    private final StylesheetRegistry stylesheets;
    private final XPathExecutable createDate;
    private final XPathExecutable publishers;
    private final XPathExecutable collections;

    public MetsExporter(Renderer renderer, StylesheetRegistry stylesheets) {
        this.renderer = renderer;
        this.stylesheets = stylesheets;
        XPathCompiler xpath = stylesheets.processor().newXPathCompiler();
        xpath.declareNamespace("mets", "http://www.loc.gov/METS/");
        xpath.declareNamespace("mods", "http://www.loc.gov/mods/v3");
        try {
            createDate = xpath.compile("/mets:mets/mets:metsHdr/@CREATEDATE");
            publishers = xpath.compile("distinct-values(//mods:originInfo[@eventType = 'publication']/mods:publisher)");
            collections = xpath.compile("distinct-values(/mets:mets/mets:dmdSec//mods:mods/mods:relatedItem"
                    + "[@type = ('host', 'series')]/mods:titleInfo/mods:title)");
        } catch (SaxonApiException e) {
            throw new IllegalStateException("a METS query does not compile: " + e.getMessage(), e);
        }
    }

    /**
     * Writes {@code outputFolder/NAME.mets.xml} atomically.
     *
     * @throws org.teikit.io.OutputExistsException when it exists and {@code options.force()} is false
     * @throws IllegalArgumentException            when the TEI file is not TEI
     */
    public MetsRecord export(DocumentFiles document, Path outputFolder, MetsOptions options) throws IOException {
        Path target = BuildLayout.metsFile(outputFolder, document.name());
        MetsRecord record = mets(document, target, options.sourceDate());
        AtomicFiles.write(target, record.xml(), options.force());
        return record;
    }

    /**
     * The METS of a document as it will stand at {@code metsFile} (its links are relative to it).
     *
     * @param sourceDate the CREATEDATE, or null for the document's own newest date
     * @throws IOException              when a file cannot be read or the TEI is not well-formed
     * @throws IllegalArgumentException when the TEI file is not TEI
     */
    public MetsRecord mets(DocumentFiles document, Path metsFile, Instant sourceDate) throws IOException {
        XdmNode tei = renderer.readWithLines(document.tei());
        requireTei(document.tei(), tei);
        Map<QName, XdmValue> parameters = new LinkedHashMap<>();
        parameters.put(new QName("files"), fileFacts(document, metsFile));
        parameters.put(new QName("document-name"), new XdmAtomicValue(slashed(document.name())));
        parameters.put(new QName("software"), new XdmAtomicValue("teikit " + Toolkit.version()));
        if (sourceDate != null) {
            parameters.put(new QName("source-date"), new XdmAtomicValue(sourceDate));
        }
        try {
            Xslt30Transformer transformer = stylesheets.get(STYLESHEET).load30();
            transformer.setStylesheetParameters(parameters);
            transformer.setErrorReporter(error -> { }); // the error comes back as the exception
            transformer.setGlobalContextItem(tei);
            XdmDestination result = new XdmDestination();
            transformer.applyTemplates(tei, result);
            XdmNode mets = result.getXdmNode();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            transformer.newSerializer(bytes).serializeNode(mets);
            return new MetsRecord(bytes.toByteArray(), instant(createDate, mets), strings(publishers, mets),
                    strings(collections, mets));
        } catch (SaxonApiException e) {
            throw new IllegalStateException(document.tei() + ": the METS stylesheet failed: " + e.getMessage(), e);
        }
    }

    private static void requireTei(Path file, XdmNode document) {
        for (XdmNode child : document.children()) {
            if (child.getNodeKind() == XdmNodeKind.ELEMENT) {
                if (!TEI_NAMESPACE.equals(child.getNodeName().getNamespace())) {
                    throw new IllegalArgumentException(file + ": not a TEI document: its root element is "
                            + child.getNodeName().getClarkName() + ", not one in " + TEI_NAMESPACE);
                }
                return;
            }
        }
    }

    /** Each file as the stylesheet's $files wants it: use, media type, size, SHA-256 and relative link. */
    private static XdmValue fileFacts(DocumentFiles document, Path metsFile) throws IOException {
        Path from = metsFile.toAbsolutePath().normalize().getParent();
        List<XdmItem> facts = new ArrayList<>();
        for (Map.Entry<FileKind, Path> file : document.files().entrySet()) {
            Path path = file.getValue();
            Map<XdmAtomicValue, XdmValue> fact = new LinkedHashMap<>();
            fact.put(new XdmAtomicValue("use"), new XdmAtomicValue(file.getKey().metsUse()));
            fact.put(new XdmAtomicValue("mimetype"), new XdmAtomicValue(file.getKey().mediaType()));
            fact.put(new XdmAtomicValue("size"), new XdmAtomicValue(Long.toString(Files.size(path))));
            fact.put(new XdmAtomicValue("checksum"), new XdmAtomicValue(sha256(path)));
            fact.put(new XdmAtomicValue("href"), new XdmAtomicValue(href(from.relativize(path.toAbsolutePath().normalize()))));
            facts.add(new XdmMap(fact));
        }
        return new XdmValue(facts);
    }

    static String sha256(Path file) throws IOException {
        try {
            return Hasher.hash(file, MessageDigest.getInstance("SHA-256"));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** A relative path as a URI reference: slashes, and each segment percent-encoded where URIs need it. */
    static String href(Path relative) {
        try {
            String path = slashed(relative);
            // "./" keeps a first segment with a colon from reading as a scheme
            String safe = path.contains(":") && !path.startsWith(".") ? "./" + path : path;
            return new URI(null, null, safe, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(relative + ": no URI for this path: " + e.getMessage(), e);
        }
    }

    private static String slashed(Path path) {
        return path.toString().replace(path.getFileSystem().getSeparator(), "/");
    }

    private static Optional<Instant> instant(XPathExecutable query, XdmNode mets) throws SaxonApiException {
        List<String> values = strings(query, mets);
        return values.isEmpty() ? Optional.empty() : Optional.of(Instant.parse(values.get(0)));
    }

    private static List<String> strings(XPathExecutable query, XdmNode mets) throws SaxonApiException {
        var selector = query.load();
        selector.setContextItem(mets);
        List<String> values = new ArrayList<>();
        selector.evaluate().forEach(item -> values.add(item.getStringValue()));
        return values;
    }
}
