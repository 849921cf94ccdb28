package org.teikit.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmMap;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import org.teikit.diag.Diagnostic;
import org.teikit.transform.StylesheetRegistry;

/**
 * TEI documents to one CMIF 1.1 file ({@value #STYLESHEET}): every correspDesc of their headers, in
 * input order, with senders, addressees, places and dates (authority URIs in {@code @ref} where the
 * TEI has them), each pointing at the bibl of its edition. Documents that cannot be listed are
 * reported, never guessed at ({@link CmifResult#diagnostics()}).
 *
 * <p>The header's values come from {@link CmifOptions}, else from the listed documents: the title
 * from the edition title they all share, the publishers and editors that every one of them names,
 * the date from their latest publication or revision date, else their latest letter date. A value
 * CMIF requires that neither gives raises {@link CmifHeaderException}.
 *
 * <p>Thread-safe: the stylesheet is compiled once, by the constructor; each call runs its own
 * transformer. Make one per toolkit ({@code Toolkit.cmifExporter()}).
 */
public final class CmifExporter {
    public static final String STYLESHEET = "xslt/export/tei-to-cmif.xsl";
    private final ExportStylesheet stylesheet;

    public CmifExporter(StylesheetRegistry stylesheets) {
        this.stylesheet = new ExportStylesheet(stylesheets, STYLESHEET, "cmif");
    }

    /** @throws CmifHeaderException when a required header value has no source */
    public CmifResult export(List<ExportSource> sources, CmifOptions options) {
        List<XdmNode> documents = sources.stream().map(ExportSource::document).toList();
        XdmMap result = stylesheet.call(new XdmValue(documents), header(options));
        int letters = Integer.parseInt(ExportStylesheet.string(result, "letters"));
        List<Diagnostic> diagnostics = ExportStylesheet.findings(result, sources);
        List<String> missing = result.get("missing").stream().map(XdmItem::getStringValue).toList();
        if (!missing.isEmpty()) {
            throw new CmifHeaderException(missing, letters, diagnostics);
        }
        XdmNode cmif = (XdmNode) result.get("cmif").itemAt(0);
        return new CmifResult(stylesheet.serialize(cmif), letters, diagnostics);
    }

    /** The options the stylesheet reads: only those given, so that the others are derived. */
    private static XdmMap header(CmifOptions options) {
        Map<XdmAtomicValue, XdmValue> header = new LinkedHashMap<>();
        put(header, "title", options.title());
        put(header, "publisher", options.publishers());
        put(header, "editor", options.editors());
        put(header, "email", options.email());
        put(header, "url", options.url());
        put(header, "licence", options.licenceUrl());
        put(header, "date", options.dateValue());
        return new XdmMap(header);
    }

    private static void put(Map<XdmAtomicValue, XdmValue> header, String key, String value) {
        put(header, key, value == null ? List.of() : List.of(value));
    }

    private static void put(Map<XdmAtomicValue, XdmValue> header, String key, List<String> values) {
        List<XdmAtomicValue> given = values.stream().map(String::strip).filter(s -> !s.isEmpty()).map(XdmAtomicValue::new).toList();
        if (!given.isEmpty()) {
            header.put(new XdmAtomicValue(key), new XdmValue(given));
        }
    }
}
