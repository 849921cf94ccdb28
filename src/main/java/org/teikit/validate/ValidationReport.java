package org.teikit.validate;

import java.util.List;
import org.teikit.diag.Severity;

/** The outcome of validating several files: one report per file, in the order the files were given. */
public record ValidationReport(List<FileReport> files) {
    public ValidationReport {
        files = List.copyOf(files);
    }

    public long count(Severity severity) {
        return files.stream().mapToLong(f -> f.count(severity)).sum();
    }

    public long failedFiles(Severity failOn) {
        return files.stream().filter(f -> !f.passes(failOn)).count();
    }
}
