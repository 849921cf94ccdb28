package org.teikit.diag;

import java.util.Objects;
import org.teikit.model.SourcePosition;

/**
 * One finding about a document: a stable code (tests and CI rules key on it), a severity, a
 * message saying what was found and what was expected, and where. Validation findings also say
 * which schema found them ({@code source}), the path of the element concerned ({@code elementPath},
 * e.g. {@code /TEI/text/body/div[1]/p[3]}), a hint ("did you mean …") and a page that explains the
 * element ({@code helpUri}); each of these may be null.
 */
public record Diagnostic(String code, Severity severity, String message, SourcePosition position, String source,
        String elementPath, String hint, String helpUri) {
    public Diagnostic {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(position, "position");
    }

    public Diagnostic(String code, Severity severity, String message, SourcePosition position) {
        this(code, severity, message, position, null, null, null, null);
    }

    public Diagnostic withDetails(String newSource, String newElementPath, String newHint, String newHelpUri) {
        return new Diagnostic(code, severity, message, position, newSource, newElementPath, newHint, newHelpUri);
    }

    /** {@code file:line:col: warning: [CNV-002] message}, the form Jing and compilers print. */
    @Override
    public String toString() {
        return position + ": " + severity.label() + ": [" + code + "] " + message;
    }
}
