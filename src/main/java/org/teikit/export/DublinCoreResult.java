package org.teikit.export;

import java.util.List;
import java.util.Objects;
import org.teikit.diag.Diagnostic;

/**
 * A Dublin Core record and what was found while making it.
 *
 * @param dc          the record's bytes ({@code oai_dc:dc}, UTF-8 XML)
 * @param diagnostics findings: {@code EXP-DC-001} a correspAction whose names contradict it, so that
 *                    neither its senders nor its addressees are written
 */
public record DublinCoreResult(byte[] dc, List<Diagnostic> diagnostics) {
    public DublinCoreResult {
        Objects.requireNonNull(dc, "dc");
        diagnostics = List.copyOf(diagnostics);
    }
}
