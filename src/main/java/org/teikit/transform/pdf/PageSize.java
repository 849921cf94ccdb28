package org.teikit.transform.pdf;

import java.util.Locale;

/** The paper a PDF is laid out for: the FO stylesheet's {@code page-size} parameter. */
public enum PageSize {
    /** 210 × 297 mm. */
    A4("A4"),
    /** US Letter, 8.5 × 11 in. */
    LETTER("Letter");

    private final String parameter;

    PageSize(String parameter) {
        this.parameter = parameter;
    }

    /** The value of the stylesheet parameter {@code page-size}. */
    public String parameter() {
        return parameter;
    }

    /** {@code a4} or {@code letter}, in any case. */
    public static PageSize of(String name) {
        for (PageSize size : values()) {
            if (size.parameter.equalsIgnoreCase(name.strip())) {
                return size;
            }
        }
        throw new IllegalArgumentException("page size " + name + ": expected A4 or Letter");
    }

    @Override
    public String toString() {
        return parameter.toLowerCase(Locale.ROOT);
    }
}
