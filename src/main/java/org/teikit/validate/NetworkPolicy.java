package org.teikit.validate;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.transform.Source;
import javax.xml.transform.sax.SAXSource;
import net.sf.saxon.lib.ResourceRequest;
import net.sf.saxon.lib.ResourceResolver;
import net.sf.saxon.trans.XPathException;
import org.teikit.io.SecureXml;
import org.xml.sax.InputSource;

/**
 * Resolves the documents that stylesheets and Schematron rules load ({@code doc()}): local files
 * are parsed with the secure reader; anything on the network is refused unless network access was
 * allowed, so that an offline run fails fast with a clear error instead of hanging. Allowed, a
 * network document is fetched with time limits and parsed with the same secure reader (no DTD, no
 * external entity). Thread-safe.
 */
public final class NetworkPolicy implements ResourceResolver {
    /** The error code a refused network access raises; reports key on it. */
    public static final String REFUSED = "TKNET0001";
    /** How long a connection and each read may take before the fetch fails. */
    static final int TIMEOUT_MILLIS = 30_000;
    private final boolean allowNetwork;
    private final java.util.Set<String> refused = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public NetworkPolicy(boolean allowNetwork) {
        this.allowNetwork = allowNetwork;
    }

    /** The addresses refused so far, including those a doc-available() asked about and then forgot. */
    public java.util.Set<String> refused() {
        return java.util.Set.copyOf(refused);
    }

    @Override
    public Source resolve(ResourceRequest request) throws XPathException {
        if (request.uri == null) {
            return null;
        }
        URI uri = URI.create(request.uri);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme();
        if (scheme.equals("file")) {
            return secure(Path.of(uri), request.uri);
        }
        if (scheme.equals("http") || scheme.equals("https") || scheme.equals("ftp")) {
            if (!allowNetwork) {
                refused.add(request.uri);
                XPathException refusal = new XPathException("network access is off: " + request.uri
                        + " was not fetched (allow it with --allow-network)");
                refusal.setErrorCode(REFUSED);
                throw refusal;
            }
            return fetched(uri, request.uri);
        }
        return null;
    }

    private static Source fetched(URI uri, String systemId) throws XPathException {
        try {
            URLConnection connection = uri.toURL().openConnection();
            connection.setConnectTimeout(TIMEOUT_MILLIS);
            connection.setReadTimeout(TIMEOUT_MILLIS);
            InputSource source = new InputSource(connection.getInputStream());
            source.setSystemId(systemId);
            return new SAXSource(SecureXml.newReader(), source);
        } catch (IOException e) {
            throw new XPathException("cannot fetch " + systemId + ": " + e, "FODC0002");
        }
    }

    private static Source secure(Path file, String systemId) throws XPathException {
        try {
            InputStream in = Files.newInputStream(file);
            InputSource source = new InputSource(in);
            source.setSystemId(systemId);
            return new SAXSource(SecureXml.newReader(), source);
        } catch (IOException e) {
            throw new XPathException("cannot read " + systemId + ": " + e.getMessage(), "FODC0002");
        }
    }
}
