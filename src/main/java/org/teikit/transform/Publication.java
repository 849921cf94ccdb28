package org.teikit.transform;

import java.util.List;
import org.teikit.diag.Diagnostic;

/**
 * One TEI document published: the output's bytes, its entry for a site index, what was found on the
 * way (for PDF: missing glyphs, FOP's warnings), the elements rendered generically, and for PDF its
 * number of pages (0 otherwise). Immutable.
 */
public record Publication(byte[] content, SiteIndex.Entry entry, List<Diagnostic> diagnostics, List<String> unhandled,
        int pages) {
    public Publication {
        diagnostics = List.copyOf(diagnostics);
        unhandled = List.copyOf(unhandled);
    }
}
