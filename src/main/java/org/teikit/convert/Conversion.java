package org.teikit.convert;

import java.util.List;
import nu.xom.Document;
import org.teikit.diag.Diagnostic;
import org.teikit.diag.Severity;
import org.teikit.model.TeiDocument;

/**
 * The result of converting one text: the model, its TEI tree (both null when the text could not be
 * converted at all, e.g. an empty file) and what the converter found worth saying.
 */
public record Conversion(TeiDocument model, Document tei, List<Diagnostic> diagnostics) {
    public Conversion {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean succeeded() {
        return tei != null;
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
}
