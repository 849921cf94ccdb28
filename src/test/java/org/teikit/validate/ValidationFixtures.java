package org.teikit.validate;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.teikit.Toolkit;
import org.teikit.diag.Diagnostic;

/** Shared helpers for validation tests: one toolkit, options, counts by code. */
final class ValidationFixtures {
    static final Toolkit TOOLKIT = new Toolkit();

    private ValidationFixtures() {
    }

    static ValidationOptions options(List<String> schemas, List<String> schematrons, boolean embedded) {
        return new ValidationOptions(schemas, schematrons, null, embedded, false, List.of(), null, 2);
    }

    static FileReport validate(Path file, ValidationOptions options) {
        return TOOLKIT.validator(options).validate(file);
    }

    static long count(FileReport report, String code) {
        return report.findings().stream().filter(d -> d.code().equals(code)).count();
    }

    static Map<String, Long> codes(List<Diagnostic> findings) {
        Map<String, Long> counts = new TreeMap<>();
        findings.forEach(d -> counts.merge(d.code(), 1L, Long::sum));
        return counts;
    }
}
