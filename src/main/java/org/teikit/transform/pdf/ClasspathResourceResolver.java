package org.teikit.transform.pdf;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.xmlgraphics.io.Resource;
import org.apache.xmlgraphics.io.ResourceResolver;

/**
 * FOP's resources (its configuration, the DejaVu fonts) from the classpath, by URIs of the form
 * {@code classpath:/net/sf/jasperreports/fonts/dejavu/DejaVuSerif.ttf}. Anything else (a file, a web
 * address an FO document names) is refused: teikit renders offline and from its own jar, the same on
 * every machine. Resources are read once and kept in memory, for FOP reads its fonts again for every
 * document. Writing is refused too: FOP writes nothing but the PDF it is given a stream for.
 * Thread-safe.
 */
final class ClasspathResourceResolver implements ResourceResolver {
    static final String SCHEME = "classpath";
    private final ClassLoader loader;
    private final ConcurrentMap<String, byte[]> read = new ConcurrentHashMap<>();

    ClasspathResourceResolver(ClassLoader loader) {
        this.loader = loader;
    }

    /** The base URI under which relative references in the configuration resolve. */
    static URI base() {
        return URI.create(SCHEME + ":/fop/");
    }

    @Override
    public Resource getResource(URI uri) throws IOException {
        return new Resource(open(uri));
    }

    /** The bytes of a classpath resource, by its URI. */
    InputStream open(URI uri) throws IOException {
        if (!SCHEME.equals(uri.getScheme()) || uri.getPath() == null) {
            throw new IOException("teikit renders offline and loads FOP resources from its classpath only; refused: " + uri);
        }
        String path = uri.getPath().replaceFirst("^/+", "");
        byte[] bytes = read.get(path);
        if (bytes == null) {
            bytes = load(path);
            byte[] earlier = read.putIfAbsent(path, bytes);
            bytes = earlier != null ? earlier : bytes;
        }
        return new ByteArrayInputStream(bytes);
    }

    private byte[] load(String path) throws IOException {
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new FileNotFoundException("not on the classpath: " + path);
            }
            return in.readAllBytes();
        }
    }

    @Override
    public OutputStream getOutputStream(URI uri) throws IOException {
        throw new IOException("FOP may not write files in teikit; refused: " + uri);
    }
}
