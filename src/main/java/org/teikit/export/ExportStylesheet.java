package org.teikit.export;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmMap;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.s9api.Xslt30Transformer;
import org.teikit.diag.Diagnostic;
import org.teikit.diag.Severity;
import org.teikit.model.SourcePosition;
import org.teikit.transform.StylesheetRegistry;

/**
 * An export stylesheet and its entry function: the function returns a map whose results are read
 * here (documents, serialised as the stylesheet's {@code xsl:output} says; findings, as
 * {@link Diagnostic}s at the line and column of the node each names; see
 * {@code xslt/export/findings.xsl}). Thread-safe: the compiled stylesheet is shared, a transformer is
 * made per call.
 */
final class ExportStylesheet {
    private static final String TEIKIT = "urn:teikit";
    private final XsltExecutable executable;
    private final QName function;

    ExportStylesheet(StylesheetRegistry stylesheets, String resource, String functionName) {
        this.executable = stylesheets.get(resource);
        this.function = new QName(TEIKIT, functionName);
    }

    XdmMap call(XdmValue... arguments) {
        try {
            Xslt30Transformer transformer = executable.load30();
            // an error is thrown with its message, not printed on the console as well
            transformer.setErrorReporter(error -> { });
            return (XdmMap) transformer.callFunction(function, arguments);
        } catch (SaxonApiException e) {
            throw new IllegalStateException("the export stylesheet failed: " + e.getMessage(), e);
        }
    }

    byte[] serialize(XdmNode document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Serializer serializer = executable.load30().newSerializer(out);
            serializer.serializeNode(document);
        } catch (SaxonApiException e) {
            throw new IllegalStateException("an export could not be serialised: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** The findings of a result, each placed in the source its node belongs to. */
    static List<Diagnostic> findings(XdmMap result, List<ExportSource> sources) {
        // an XdmNode equals another for the same node, so a document's root finds its source by hash
        Map<XdmNode, String> names = new HashMap<>();
        sources.forEach(source -> names.putIfAbsent(source.document(), source.name()));
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (XdmItem item : result.get("findings")) {
            XdmMap finding = (XdmMap) item;
            XdmNode node = (XdmNode) finding.get("node").itemAt(0);
            Severity severity = Severity.valueOf(string(finding, "severity").toUpperCase(Locale.ROOT));
            diagnostics.add(new Diagnostic(string(finding, "code"), severity, string(finding, "message"), position(node, names)));
        }
        return diagnostics;
    }

    static String string(XdmMap map, String key) {
        return map.get(key).itemAt(0).getStringValue();
    }

    private static SourcePosition position(XdmNode node, Map<XdmNode, String> names) {
        String name = names.get(node.getRoot());
        if (name == null) {
            throw new IllegalStateException("a finding names a node outside the documents exported");
        }
        int line = Math.max(0, node.getLineNumber());
        return new SourcePosition(name, line, line == 0 ? 0 : Math.max(0, node.getColumnNumber()));
    }
}
