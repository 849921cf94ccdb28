package org.teikit.transform;

import java.util.Locale;

/** What {@code teikit transform} writes, with the file extension of each output. */
public enum OutputFormat {
    HTML("html", "xslt/html/tei-to-html.xsl"),
    TEXT("txt", "xslt/text/tei-to-text.xsl"),
    FO("fo", "xslt/fo/tei-to-fo.xsl"),
    PDF("pdf", "xslt/fo/tei-to-fo.xsl");

    private final String extension;
    private final String stylesheet;

    OutputFormat(String extension, String stylesheet) {
        this.extension = extension;
        this.stylesheet = stylesheet;
    }

    public String extension() {
        return extension;
    }

    /** The bundled entry stylesheet (classpath); PDF is laid out by FOP from the FO. */
    public String stylesheet() {
        return stylesheet;
    }

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
