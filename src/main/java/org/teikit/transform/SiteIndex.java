package org.teikit.transform;

import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmNode;
import nu.xom.Attribute;
import nu.xom.Document;
import nu.xom.Element;

/**
 * The index page of an HTML site: what each rendered document is (number, title, date, kind) read
 * from its TEI, listed for {@code xslt/html/site-index.xsl}. Not thread-safe: one per run, filled in
 * input order.
 */
public final class SiteIndex {
    static final String SITE = "urn:teikit:site";
    public static final String STYLESHEET = "xslt/html/site-index.xsl";
    private static final String TEI = "http://www.tei-c.org/ns/1.0";
    private final XPathCompiler xpath;
    private final List<Element> entries = new ArrayList<>();

    public SiteIndex(StylesheetRegistry stylesheets) {
        this.xpath = stylesheets.processor().newXPathCompiler();
        xpath.declareNamespace("tei", TEI);
    }

    public void add(XdmNode tei, String href) {
        Element document = new Element("document", SITE);
        document.addAttribute(new Attribute("href", href));
        attribute(document, "n", "string((//tei:text//tei:div[@type = 'document'])[1]/@n)", tei);
        attribute(document, "title", "normalize-space((/tei:TEI/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title)[1])", tei);
        attribute(document, "date", "string((//tei:correspAction[@type = 'sent']/tei:date/(@when, @notBefore),"
                + " //tei:dateline//tei:date/(@when, @notBefore))[1])", tei);
        attribute(document, "kind", "string((//tei:textClass//tei:term[@type = 'document-kind'])[1])", tei);
        entries.add(document);
    }

    /** The list the index stylesheet reads. */
    public Document documents() {
        Element root = new Element("documents", SITE);
        entries.forEach(e -> root.appendChild(e.copy()));
        return new Document(root);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    private void attribute(Element element, String name, String expression, XdmNode tei) {
        try {
            String value = xpath.evaluateSingle(expression, tei).getStringValue();
            if (!value.isEmpty()) {
                element.addAttribute(new Attribute(name, value));
            }
        } catch (SaxonApiException e) {
            throw new IllegalStateException("bad index expression " + expression, e);
        }
    }
}
