package org.teikit.validate;

import java.util.List;
import org.teikit.diag.Diagnostic;
import org.teikit.diag.Severity;

/**
 * The findings for one validated file, in document order, and the schemas that were applied to it
 * (as the user named them, or as the document's {@code xml-model} named them).
 */
public record FileReport(String path, List<String> schemas, List<Diagnostic> findings, long millis) {
    public FileReport {
        schemas = List.copyOf(schemas);
        findings = List.copyOf(findings);
    }

    public long count(Severity severity) {
        return findings.stream().filter(d -> d.severity() == severity).count();
    }

    /** Valid: no finding at or above the given severity. */
    public boolean passes(Severity failOn) {
        return findings.stream().noneMatch(d -> d.severity().compareTo(failOn) >= 0);
    }
}
