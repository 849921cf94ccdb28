package org.teikit.transform.pdf;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XPathExecutable;
import net.sf.saxon.s9api.XPathSelector;
import net.sf.saxon.s9api.XdmNode;

/**
 * Reads the document information an FO document states: the XMP packet in {@code fo:declarations}
 * (dc:title, dc:creator as text or as an rdf:Seq, dc:description, pdf:Keywords, dc:language), the
 * title of its first page sequence and the language of its root where the packet is silent.
 * Thread-safe: the expressions are compiled once, a selector is made per call.
 */
final class FoMetadata {
    static final String FO = "http://www.w3.org/1999/XSL/Format";
    static final String XMP = "adobe:ns:meta/";
    private static final String DESCRIPTION = "/fo:root/fo:declarations/x:xmpmeta/rdf:RDF/rdf:Description";
    private final XPathExecutable title;
    private final XPathExecutable author;
    private final XPathExecutable subject;
    private final XPathExecutable keywords;
    private final XPathExecutable language;

    FoMetadata(Processor processor) {
        XPathCompiler xpath = processor.newXPathCompiler();
        xpath.declareNamespace("fo", FO);
        xpath.declareNamespace("x", XMP);
        xpath.declareNamespace("dc", "http://purl.org/dc/elements/1.1/");
        xpath.declareNamespace("pdf", "http://ns.adobe.com/pdf/1.3/");
        xpath.declareNamespace("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        try {
            title = xpath.compile("normalize-space((" + DESCRIPTION + "/dc:title, /fo:root/fo:page-sequence/fo:title)[1])");
            author = xpath.compile("string-join(" + DESCRIPTION + "/dc:creator/(.[not(*)], .//rdf:li) ! normalize-space(), '; ')");
            subject = xpath.compile("normalize-space((" + DESCRIPTION + "/dc:description)[1])");
            keywords = xpath.compile("normalize-space((" + DESCRIPTION + "/pdf:Keywords)[1])");
            language = xpath.compile("normalize-space((" + DESCRIPTION + "/dc:language, /fo:root/@xml:lang)[1])");
        } catch (SaxonApiException e) {
            throw new IllegalStateException("the metadata expressions do not compile: " + e.getMessage(), e);
        }
    }

    PdfMetadata read(XdmNode fo) {
        return new PdfMetadata(value(title, fo), value(author, fo), value(subject, fo), value(keywords, fo), value(language, fo));
    }

    private static String value(XPathExecutable expression, XdmNode fo) {
        try {
            XPathSelector selector = expression.load();
            selector.setContextItem(fo);
            return selector.evaluateSingle().getStringValue();
        } catch (SaxonApiException e) {
            throw new IllegalStateException("the metadata of the FO cannot be read: " + e.getMessage(), e);
        }
    }
}
