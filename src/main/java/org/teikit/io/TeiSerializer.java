package org.teikit.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import nu.xom.Document;
import nu.xom.Serializer;

/** Writes a TEI tree as UTF-8 XML with LF line ends and no added whitespace. Stateless. */
public final class TeiSerializer {
    private TeiSerializer() {
    }

    public static byte[] toBytes(Document document) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Serializer serializer = new Serializer(out, "UTF-8");
            serializer.setLineSeparator("\n");
            serializer.write(document);
            serializer.flush();
            out.write('\n');
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
    }
}
