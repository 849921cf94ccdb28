package org.teikit.export;

import java.util.Objects;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;

/**
 * A parsed TEI document to export, and the name its findings give (its path as the caller knows it,
 * e.g. {@code tei/d247.xml}). A document parsed with line numbers ({@code Renderer.readWithLines})
 * gets findings with line and column. Immutable.
 */
public record ExportSource(XdmNode document, String name) {
    public ExportSource {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(name, "name");
        if (document.getNodeKind() != XdmNodeKind.DOCUMENT) {
            throw new IllegalArgumentException(name + ": an export takes a document node, not a "
                    + document.getNodeKind().name().toLowerCase(java.util.Locale.ROOT));
        }
    }
}
