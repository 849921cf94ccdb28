package org.teikit.transform;

import java.io.IOException;
import java.util.Properties;
import net.sf.saxon.Configuration;
import net.sf.saxon.lib.SerializerFactory;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.serialize.Emitter;
import net.sf.saxon.serialize.HTML50Emitter;
import net.sf.saxon.serialize.charcode.UTF8CharacterSet;
import net.sf.saxon.str.UnicodeString;
import net.sf.saxon.str.WhitespaceString;
import net.sf.saxon.trans.XPathException;

/**
 * Saxon's serializers with one change: HTML5 text in UTF-8 is escaped by {@link Html5Emitter}, which
 * writes a string without a character to escape in one piece. Saxon's own HTML emitter first copies
 * every text node into an array of code points to look for such characters; on ELTeC that copy was
 * most of the serializer's time. Everything else, and every string that does hold a character to
 * escape, is Saxon's, so the output is Saxon's byte for byte.
 */
public final class TeikitSerializerFactory extends SerializerFactory {
    private TeikitSerializerFactory(Configuration configuration) {
        super(configuration);
    }

    /** Installs the factory on the processor's configuration; returns the processor. */
    public static Processor install(Processor processor) {
        Configuration configuration = processor.getUnderlyingConfiguration();
        configuration.setSerializerFactory(new TeikitSerializerFactory(configuration));
        return processor;
    }

    @Override
    protected Emitter newHTMLEmitter(Properties properties) {
        Emitter saxons = super.newHTMLEmitter(properties);
        return saxons instanceof HTML50Emitter ? new Html5Emitter() : saxons;
    }

    /** Saxon's HTML5 emitter, with the short way through {@link #writeEscape} described above. */
    static final class Html5Emitter extends HTML50Emitter {
        private boolean escapeNonAscii;

        @Override
        public void setEscapeNonAscii(Boolean escape) {
            escapeNonAscii = escape;
            super.setEscapeNonAscii(escape);
        }

        @Override
        protected void writeEscape(UnicodeString chars, boolean inAttribute) throws IOException, XPathException {
            // In UTF-8 Saxon writes as they are ASCII characters that are not special, and characters
            // above U+00A0; everything else (markup, controls, U+007F to U+00A0) takes its own path.
            if (!escapeNonAscii && characterSet instanceof UTF8CharacterSet && !(chars instanceof WhitespaceString)) {
                boolean[] special = inAttribute ? attSpecials : specialInText;
                if (chars.indexWhere(c -> c < 127 ? special[c] : c <= 160, 0) < 0) {
                    writer.write(chars);
                    return;
                }
            }
            super.writeEscape(chars, inAttribute);
        }
    }
}
