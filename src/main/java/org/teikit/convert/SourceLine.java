package org.teikit.convert;

/** One line of the input, without its line end; {@code number} is 1-based. */
record SourceLine(int number, String text) {
    boolean isBlank() {
        return text.isBlank();
    }
}
