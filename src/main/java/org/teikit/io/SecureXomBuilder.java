package org.teikit.io;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import nu.xom.Builder;
import nu.xom.Document;
import nu.xom.ParsingException;

/** Parses XML files into XOM trees with the secure reader of {@link SecureXml}. */
public final class SecureXomBuilder {
    private SecureXomBuilder() {
    }

    /**
     * @throws IOException with the file, line and column when the file is not well-formed
     */
    public static Document parse(Path file) throws IOException {
        return parse(file.toAbsolutePath().toUri());
    }

    /** Parses a local file or a classpath resource ({@code jar:} URI); nothing is fetched from a network. */
    public static Document parse(URI uri) throws IOException {
        if (!"file".equals(uri.getScheme()) && !"jar".equals(uri.getScheme())) {
            throw new IOException(uri + ": only local files are read (network access is off)");
        }
        try (InputStream in = uri.toURL().openStream()) {
            return new Builder(SecureXml.newReader()).build(in, uri.toString());
        } catch (ParsingException e) {
            throw new IOException(uri + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": not well-formed XML: "
                    + e.getMessage(), e);
        }
    }
}
