package org.teikit.transform;

import java.util.List;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XPathExecutable;
import net.sf.saxon.s9api.XPathSelector;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import nu.xom.Attribute;
import nu.xom.Document;
import nu.xom.Element;

/**
 * The index page of an HTML site: what each rendered document is (number, title, date, kind) read
 * from its TEI, listed for {@code xslt/html/site-index.xsl}. Thread-safe: the expressions are
 * compiled once, and an entry is read on whichever thread rendered its document.
 */
public final class SiteIndex {
    static final String SITE = "urn:teikit:site";
    public static final String STYLESHEET = "xslt/html/site-index.xsl";
    private static final String TEI = "http://www.tei-c.org/ns/1.0";
    private final XPathExecutable number;
    private final XPathExecutable title;
    private final XPathExecutable date;
    private final XPathExecutable kind;
    private final XPathExecutable pages;
    private final XPathExecutable notes;

    /**
     * One document of the site; empty strings where the TEI does not say. {@code pages} and
     * {@code notes} count its page breaks and notes (for a run's summary).
     */
    public record Entry(String href, String number, String title, String date, String kind, int pages, int notes) {
    }

    public SiteIndex(StylesheetRegistry stylesheets) {
        XPathCompiler xpath = stylesheets.processor().newXPathCompiler();
        xpath.declareNamespace("tei", TEI);
        number = compile(xpath, "string((//tei:text//tei:div[@type = 'document'])[1]/@n)");
        title = compile(xpath, "normalize-space((/tei:TEI/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title)[1])");
        date = compile(xpath, "string((//tei:correspAction[@type = 'sent']/tei:date/(@when, @notBefore),"
                + " //tei:dateline//tei:date/(@when, @notBefore))[1])");
        kind = compile(xpath, "string((//tei:textClass//tei:term[@type = 'document-kind'])[1])");
        pages = compile(xpath, "string(count(//tei:text//tei:pb))");
        notes = compile(xpath, "string(count(//tei:text//tei:note))");
    }

    /** @param href the page's address relative to the index */
    public Entry entry(XdmNode tei, String href) {
        return new Entry(href, read(number, tei), read(title, tei), read(date, tei), read(kind, tei),
                Integer.parseInt(read(pages, tei)), Integer.parseInt(read(notes, tei)));
    }

    /** The list the index stylesheet reads, in the order given. */
    public static Document documents(List<Entry> entries) {
        Element root = new Element("documents", SITE);
        for (Entry entry : entries) {
            Element document = new Element("document", SITE);
            attribute(document, "href", entry.href());
            attribute(document, "n", entry.number());
            attribute(document, "title", entry.title());
            attribute(document, "date", entry.date());
            attribute(document, "kind", entry.kind());
            root.appendChild(document);
        }
        return new Document(root);
    }

    private static void attribute(Element element, String name, String value) {
        if (!value.isEmpty()) {
            element.addAttribute(new Attribute(name, value));
        }
    }

    private static XPathExecutable compile(XPathCompiler xpath, String expression) {
        try {
            return xpath.compile(expression);
        } catch (SaxonApiException e) {
            throw new IllegalStateException("bad index expression " + expression, e);
        }
    }

    private static String read(XPathExecutable expression, XdmNode tei) {
        try {
            XPathSelector selector = expression.load();
            selector.setContextItem(tei);
            XdmItem item = selector.evaluateSingle();
            return item == null ? "" : item.getStringValue();
        } catch (SaxonApiException e) {
            throw new IllegalStateException("index expression failed: " + e.getMessage(), e);
        }
    }
}
