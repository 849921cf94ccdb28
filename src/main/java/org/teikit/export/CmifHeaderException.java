package org.teikit.export;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.teikit.diag.Diagnostic;

/**
 * CMIF requires a header value that neither the options nor the documents give: teikit does not
 * invent one. {@link #missing()} names them: {@code title}, {@code publisher}, {@code editor},
 * {@code url}, {@code date}, {@code licence}. The findings about the documents come with it
 * ({@link #diagnostics()}, {@link #letters()}): the documents may have had no letter to list, which
 * is why nothing could be derived from them.
 */
public final class CmifHeaderException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private static final Map<String, String> WHAT = Map.of(
            "title", "a title: the documents share no edition title (titleStmt/title level=\"s\" or \"m\", "
                    + "seriesStmt/title, editionStmt/edition)",
            "publisher", "a publisher: not every document names one (publicationStmt/publisher or authority)",
            "editor", "an editor, the contact person for the file: not every document names one (titleStmt/editor)",
            "url", "the URL where the file will be published (publicationStmt/idno type=\"url\"): no document can say it",
            "date", "a date: no document gives a date of publication, revision or correspondence",
            "licence", "a licence URL");
    private final List<String> missing;
    private final int letters;
    private final transient List<Diagnostic> diagnostics;

    CmifHeaderException(List<String> missing, int letters, List<Diagnostic> diagnostics) {
        super(missing.stream().map(CmifHeaderException::explain).collect(Collectors.joining("; ", "CMIF needs ", "")));
        this.missing = List.copyOf(missing);
        this.letters = letters;
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<String> missing() {
        return missing;
    }

    /** How many letters the documents had to list. */
    public int letters() {
        return letters;
    }

    /** The findings about the documents, as {@link CmifResult#diagnostics()} gives them. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** What a missing value is and why the documents do not give it. */
    public static String explain(String value) {
        return WHAT.getOrDefault(value, value);
    }
}
