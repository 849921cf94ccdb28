package org.teikit.transform;

import java.io.IOException;
import java.util.Properties;
import net.sf.saxon.Configuration;
import net.sf.saxon.lib.SerializerFactory;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.serialize.Emitter;
import net.sf.saxon.serialize.HTML50Emitter;
import net.sf.saxon.serialize.charcode.UTF8CharacterSet;
import net.sf.saxon.str.Slice16;
import net.sf.saxon.str.Slice8;
import net.sf.saxon.str.Twine16;
import net.sf.saxon.str.Twine8;
import net.sf.saxon.str.UnicodeString;
import net.sf.saxon.str.WhitespaceString;
import net.sf.saxon.trans.XPathException;

/**
 * Saxon's serializers with one change: HTML5 text in UTF-8 is escaped by {@link Html5Emitter}, which
 * writes a string without a character to escape in one piece. Saxon's own HTML emitter first copies
 * every text node into an array of code points and then looks at them one by one; on ELTeC that was
 * a fifth of the time spent writing HTML. Everything else, and every string that does hold a character
 * to escape, is Saxon's, so the output is Saxon's byte for byte.
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
            if (!escapeNonAscii && characterSet instanceof UTF8CharacterSet && !(chars instanceof WhitespaceString)
                    && plain(chars, inAttribute ? attSpecials : specialInText)) {
                writer.write(chars);
                return;
            }
            super.writeEscape(chars, inAttribute);
        }

        /**
         * Whether Saxon would write every character as it is: in UTF-8, ASCII characters that are not
         * special, and characters above U+00A0 (markup, controls and U+007F to U+00A0 take their own
         * paths). The usual forms of text are scanned in their arrays.
         */
        private static boolean plain(UnicodeString chars, boolean[] special) {
            if (chars instanceof Slice16 slice) {
                return plain(slice.getCharArray(), slice.getStart(), slice.getEnd(), special);
            }
            if (chars instanceof Twine16 twine) {
                return plain(twine.getCharArray(), 0, twine.getCharArray().length, special);
            }
            if (chars instanceof Slice8 slice) {
                return plain(slice.getByteArray(), slice.getStart(), slice.getEnd(), special);
            }
            if (chars instanceof Twine8 twine) {
                return plain(twine.getByteArray(), 0, twine.length32(), special);
            }
            return chars.indexWhere(c -> escaped(c, special), 0) < 0;
        }

        private static boolean plain(char[] chars, int start, int end, boolean[] special) {
            for (int i = start; i < end; i++) {
                if (escaped(chars[i], special)) {
                    return false;
                }
            }
            return true;
        }

        private static boolean plain(byte[] latin1, int start, int end, boolean[] special) {
            for (int i = start; i < end; i++) {
                if (escaped(latin1[i] & 0xff, special)) {
                    return false;
                }
            }
            return true;
        }

        private static boolean escaped(int c, boolean[] special) {
            return c < 127 ? special[c] : c <= 160;
        }
    }
}
