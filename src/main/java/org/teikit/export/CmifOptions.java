package org.teikit.export;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The CMIF file's own header. A value left null (or a list left empty) is taken from the documents
 * where they give it (see {@link CmifExporter}); the URL cannot be, and the licence is CC BY 4.0,
 * which CMIF asks for, unless another is given. Immutable.
 *
 * @param title      the title of the list of letters
 * @param publishers who publishes the letters' metadata (CMIF's CC BY attribution)
 * @param editors    the contact persons for the file; the first gets the email
 * @param email      the first editor's email address, or null
 * @param url        where the CMIF file will be published: its identifier ({@code idno type="url"})
 * @param licenceUrl the licence of the file
 * @param date       the file's timestamp, e.g. from {@code SOURCE_DATE_EPOCH}; null: the latest date the
 *                   documents give, never the clock
 */
public record CmifOptions(String title, List<String> publishers, List<String> editors, String email, String url,
        String licenceUrl, Instant date) {
    public static final String CC_BY_4 = "https://creativecommons.org/licenses/by/4.0/";

    public CmifOptions {
        publishers = List.copyOf(publishers);
        editors = List.copyOf(editors);
        requireAbsoluteUri("url", url);
        requireAbsoluteUri("licence URL", licenceUrl);
    }

    /** Everything from the documents, CC BY 4.0, no URL yet. */
    public static CmifOptions defaults() {
        return new CmifOptions(null, List.of(), List.of(), null, null, CC_BY_4, null);
    }

    public CmifOptions withTitle(String newTitle) {
        return new CmifOptions(newTitle, publishers, editors, email, url, licenceUrl, date);
    }

    public CmifOptions withPublishers(List<String> newPublishers) {
        return new CmifOptions(title, newPublishers, editors, email, url, licenceUrl, date);
    }

    public CmifOptions withEditors(List<String> newEditors) {
        return new CmifOptions(title, publishers, newEditors, email, url, licenceUrl, date);
    }

    public CmifOptions withEmail(String newEmail) {
        return new CmifOptions(title, publishers, editors, newEmail, url, licenceUrl, date);
    }

    public CmifOptions withUrl(String newUrl) {
        return new CmifOptions(title, publishers, editors, email, newUrl, licenceUrl, date);
    }

    public CmifOptions withLicenceUrl(String newLicenceUrl) {
        return new CmifOptions(title, publishers, editors, email, url, newLicenceUrl, date);
    }

    public CmifOptions withDate(Instant newDate) {
        return new CmifOptions(title, publishers, editors, email, url, licenceUrl, newDate);
    }

    /** The date as CMIF writes it (xs:dateTime, whole seconds, UTC), or null. */
    String dateValue() {
        return date == null ? null : date.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static void requireAbsoluteUri(String what, String value) {
        if (value == null) {
            return;
        }
        try {
            if (!new URI(value).isAbsolute()) {
                throw new IllegalArgumentException("the " + what + " must be an absolute URI, not \"" + value + "\"");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("the " + what + " is no URI: \"" + value + "\" (" + e.getReason() + ")", e);
        }
    }
}
