package org.teikit.model;

/**
 * A normalised date: either {@code when} (an exact ISO 8601 date or dateTime) or the range
 * {@code notBefore}..{@code notAfter}; {@code null} where the text gives no date ("undated").
 */
public record DateValue(String when, String notBefore, String notAfter) {
    public static DateValue exactly(String iso) {
        return new DateValue(iso, null, null);
    }

    public static DateValue between(String from, String to) {
        return new DateValue(null, from, to);
    }

    public boolean isKnown() {
        return when != null || notBefore != null || notAfter != null;
    }

    /** The earliest instant the value allows, for sorting and metadata. */
    public String earliest() {
        return when != null ? when : notBefore;
    }
}
