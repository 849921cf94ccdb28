package org.teikit.transform.pdf;

import java.util.Objects;

/**
 * The document information of a PDF: title, author, subject, keywords and language. The FO stylesheet
 * writes them from the teiHeader into the FO (XMP in {@code fo:declarations}), where
 * {@link PdfRenderer} reads them; a caller may give its own instead. Empty strings stand for values
 * the document does not have. Immutable.
 */
public record PdfMetadata(String title, String author, String subject, String keywords, String language) {
    public PdfMetadata {
        title = Objects.requireNonNullElse(title, "").strip();
        author = Objects.requireNonNullElse(author, "").strip();
        subject = Objects.requireNonNullElse(subject, "").strip();
        keywords = Objects.requireNonNullElse(keywords, "").strip();
        language = Objects.requireNonNullElse(language, "").strip();
    }

    public static PdfMetadata titled(String title) {
        return new PdfMetadata(title, "", "", "", "");
    }

    public PdfMetadata withAuthor(String newAuthor) {
        return new PdfMetadata(title, newAuthor, subject, keywords, language);
    }

    public PdfMetadata withSubject(String newSubject) {
        return new PdfMetadata(title, author, newSubject, keywords, language);
    }
}
