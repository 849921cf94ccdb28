package org.teikit.transform;

import java.io.StringWriter;
import java.util.Map;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.BuildingContentHandler;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.Xslt30Transformer;
import nu.xom.Document;
import nu.xom.converters.SAXConverter;
import org.teikit.convert.ConversionProfile.MarkerFormat;
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

    /** Renders with FRUS markers ({@code [Page 12]}, bare note numbers). */
    public String render(Document tei) {
        return render(tei, new MarkerFormat("", ""), new MarkerFormat("[Page ", "]"));
    }

    /** Renders with the given marker conventions, e.g. those of a conversion profile. */
    public String render(Document tei, MarkerFormat note, MarkerFormat page) {
        try {
            BuildingContentHandler builder = stylesheets.processor().newDocumentBuilder().newBuildingContentHandler();
            new SAXConverter(builder).convert(tei);
            Xslt30Transformer transformer = stylesheets.get(STYLESHEET).load30();
            transformer.setStylesheetParameters(Map.of(
                    new QName("note-marker-before"), new XdmAtomicValue(note.before()),
                    new QName("note-marker-after"), new XdmAtomicValue(note.after()),
                    new QName("page-marker-before"), new XdmAtomicValue(page.before()),
                    new QName("page-marker-after"), new XdmAtomicValue(page.after())));
            return render(transformer, builder.getDocumentNode());
        } catch (SaxonApiException | SAXException e) {
            throw new IllegalStateException("rendering TEI as text failed: " + e.getMessage(), e);
        }
    }

    private String render(Xslt30Transformer transformer, XdmNode tei) throws SaxonApiException {
        StringWriter out = new StringWriter();
        Serializer serializer = stylesheets.processor().newSerializer(out);
        transformer.applyTemplates(tei, serializer);
        return out.toString();
    }
}
