package org.teikit.diag;

import java.util.ArrayList;
import java.util.List;
import org.teikit.model.SourcePosition;

/** Collects the findings of one run over one document. Not thread-safe: one per document. */
public final class Diagnostics {
    private final List<Diagnostic> items = new ArrayList<>();

    public void report(String code, Severity severity, SourcePosition position, String message) {
        items.add(new Diagnostic(code, severity, message, position));
    }

    public void warn(String code, SourcePosition position, String message) {
        report(code, Severity.WARNING, position, message);
    }

    public void error(String code, SourcePosition position, String message) {
        report(code, Severity.ERROR, position, message);
    }

    public List<Diagnostic> list() {
        return List.copyOf(items);
    }

    public boolean hasErrors() {
        return items.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
}
