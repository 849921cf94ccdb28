package org.teikit.transform;

import java.io.StringWriter;
import net.sf.saxon.s9api.BuildingContentHandler;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.Xslt30Transformer;
import nu.xom.Document;
import nu.xom.converters.SAXConverter;
import org.xml.sax.SAXException;

/**
 * Renders TEI as plain text in the form of FRUS web text ({@code xslt/text/tei-to-text.xsl}).
 * Thread-safe: the compiled stylesheet is shared, a transformer is made per call.
 */
public final class TextRenderer {
    static final String STYLESHEET = "xslt/text/tei-to-text.xsl";
    private final StylesheetRegistry stylesheets;

    public TextRenderer(StylesheetRegistry stylesheets) {
        this.stylesheets = stylesheets;
    }

    public String render(Document tei) {
        try {
            BuildingContentHandler builder = stylesheets.processor().newDocumentBuilder().newBuildingContentHandler();
            new SAXConverter(builder).convert(tei);
            return render(builder.getDocumentNode());
        } catch (SaxonApiException | SAXException e) {
            throw new IllegalStateException("rendering TEI as text failed: " + e.getMessage(), e);
        }
    }

    public String render(XdmNode tei) throws SaxonApiException {
        Xslt30Transformer transformer = stylesheets.get(STYLESHEET).load30();
        StringWriter out = new StringWriter();
        Serializer serializer = stylesheets.processor().newSerializer(out);
        transformer.applyTemplates(tei, serializer);
        return out.toString();
    }
}
