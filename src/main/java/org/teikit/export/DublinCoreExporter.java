package org.teikit.export;

import java.util.List;
import net.sf.saxon.s9api.XdmMap;
import net.sf.saxon.s9api.XdmNode;
import org.teikit.transform.StylesheetRegistry;

/**
 * A TEI document to a Dublin Core record ({@value #STYLESHEET}): the OAI-PMH {@code oai_dc:dc} of
 * its teiHeader and correspDesc (title, creator, contributor, date, type, source, rights,
 * identifier, relation, language, publisher, subject). Any TEI P5 document gives one.
 *
 * <p>Thread-safe: the stylesheet is compiled once, by the constructor; each call runs its own
 * transformer. Make one per toolkit ({@code Toolkit.dublinCoreExporter()}).
 */
public final class DublinCoreExporter {
    public static final String STYLESHEET = "xslt/export/tei-to-dc.xsl";
    private final ExportStylesheet stylesheet;

    public DublinCoreExporter(StylesheetRegistry stylesheets) {
        this.stylesheet = new ExportStylesheet(stylesheets, STYLESHEET, "dublin-core");
    }

    public DublinCoreResult export(ExportSource source) {
        XdmMap result = stylesheet.call(source.document());
        XdmNode dc = (XdmNode) result.get("dc").itemAt(0);
        return new DublinCoreResult(stylesheet.serialize(dc), ExportStylesheet.findings(result, List.of(source)));
    }
}
