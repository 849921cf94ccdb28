package org.teikit.diag;

import java.util.Objects;
import org.teikit.model.SourcePosition;

/**
 * One finding about a document: a stable code (tests and CI rules key on it), a severity, a
 * message saying what was found and what was expected, and where.
 */
public record Diagnostic(String code, Severity severity, String message, SourcePosition position) {
    public Diagnostic {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(position, "position");
    }

    /** {@code file:line:col: warning: [CNV-002] message}, the form Jing and compilers print. */
    @Override
    public String toString() {
        return position + ": " + severity.label() + ": [" + code + "] " + message;
    }
}
