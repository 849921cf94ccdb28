package org.teikit.transform.pdf;

import java.util.List;
import java.util.Objects;
import org.teikit.diag.Diagnostic;
import org.teikit.diag.Severity;

/**
 * A PDF and what was found while making it.
 *
 * @param pdf the PDF's bytes
 * @param pages its number of pages
 * @param metadata the document information it carries
 * @param diagnostics findings: {@code PDF-GLYPH} for a character no font has (with the character as
 *        U+XXXX and where it stands in the TEI), {@code PDF-FOP} for FOP's other warnings and errors
 *        (overfull lines, unresolved links …)
 * @param unhandled the elements the stylesheet rendered generically (it said
 *        {@code teikit:unhandled NAME}), sorted, each once; empty when the FO came ready-made
 */
public record PdfResult(byte[] pdf, int pages, PdfMetadata metadata, List<Diagnostic> diagnostics, List<String> unhandled) {
    public PdfResult {
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(metadata, "metadata");
        diagnostics = List.copyOf(diagnostics);
        unhandled = List.copyOf(unhandled);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    /** The findings with the given code. */
    public List<Diagnostic> diagnostics(String code) {
        return diagnostics.stream().filter(d -> d.code().equals(code)).toList();
    }
}
