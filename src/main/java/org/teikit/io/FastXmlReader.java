package org.teikit.io;

import com.fasterxml.aalto.sax.SAXParserFactoryImpl;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.LexicalHandler;
import org.xml.sax.ext.Locator2;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * A SAX reader for a document held in memory, about twice as fast as the JDK's Xerces, cold or warm:
 * Aalto's parser, kept to the documents it reads exactly as {@link SecureXml}'s reader does. It
 * stops with a {@link SAXException}, and the caller reads the document again with {@link SecureXml},
 * on anything else:
 * <ul>
 * <li>a DOCTYPE: its internal subset may declare entities and default attributes, which Aalto does
 * not apply (and entity limits are the JDK's business);</li>
 * <li>an encoding other than UTF-8 or ASCII (the column arithmetic below is UTF-8's), or XML 1.1
 * (whose line ends and characters differ);</li>
 * <li>a namespace undeclaration ({@code xmlns:p=""}), which XML 1.0 forbids and Aalto lets through;</li>
 * <li>a name or an attribute count over the JDK's secure-processing limits;</li>
 * <li>a line end made of a CR alone, once a column after it has been asked for;</li>
 * <li>any well-formedness error, whose message and position users know from Xerces and Jing.</li>
 * </ul>
 * Handlers see the same events as from Xerces, and at every tag, comment and processing instruction
 * the same position. Text is reported at its end, where Xerces has read on into the next tag, and
 * cut into other pieces (SAX leaves both open); whoever reports on text positions must read such a
 * document with Xerces, as validation does when Jing finds an error in text.
 *
 * <p>Two things are mended on the way: Aalto counts columns in bytes from 0, the locator given to
 * handlers counts characters (UTF-16 units) from 1; and Aalto's SAX events leave an unprefixed
 * element's namespace empty even under a default namespace (aalto-xml 1.3.3 and 1.4.0,
 * {@code XmlScanner.fireSaxStartElement} reads the name's own binding, which is never made for the
 * default namespace), so this reader keeps the default namespace in scope itself.
 */
public final class FastXmlReader extends XMLFilterImpl implements LexicalHandler {
    /** Larger documents are streamed through {@link SecureXml}'s reader instead of being held in memory. */
    private static final long MAX_BYTES = 32L << 20;
    /** The limits of the JDK's secure processing ({@code jdk.xml.maxXMLNameLimit}, {@code elementAttributeLimit}). */
    private static final int NAME_LIMIT = 1000;
    private static final int ATTRIBUTE_LIMIT = 10_000;
    private static final String LEXICAL_HANDLER = "http://xml.org/sax/properties/lexical-handler";
    private static final SAXParserFactory AALTO = aalto();

    private final byte[] document;
    private LexicalHandler lexicalHandler;
    private Locator2 aaltoLocator;
    private CharacterColumns columns;
    private boolean prologChecked;
    /** The default namespace in scope at each open element, and one declared for the next element. */
    private String[] defaultNamespaces = new String[64];
    private int depth;
    private String declaredDefault;

    /** @param document the whole document; {@link #parse(InputSource)} reads it, whatever source it is given */
    public FastXmlReader(byte[] document) {
        super(newAaltoReader());
        this.document = document;
    }

    /** The file whole, for this reader; null when it is too large to hold (stream it through {@link SecureXml}). */
    public static byte[] bytesOf(Path file) throws IOException {
        return Files.size(file) <= MAX_BYTES ? Files.readAllBytes(file) : null;
    }

    private static SAXParserFactory aalto() {
        SAXParserFactory factory = new SAXParserFactoryImpl();
        factory.setNamespaceAware(true);
        return factory;
    }

    private static XMLReader newAaltoReader() {
        try {
            synchronized (AALTO) {
                return AALTO.newSAXParser().getXMLReader();
            }
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("Aalto's SAX parser cannot be made", e);
        }
    }

    /** Parses the document given to the constructor; of {@code input} only the system id is used. */
    @Override
    public void parse(InputSource input) throws SAXException, IOException {
        InputSource bytes = new InputSource(new ByteArrayInputStream(document));
        bytes.setSystemId(input.getSystemId());
        prologChecked = false;
        depth = 0;
        declaredDefault = null;
        getParent().setProperty(LEXICAL_HANDLER, this);
        super.parse(bytes);
    }

    @Override
    public void setProperty(String name, Object value) throws SAXNotRecognizedException, SAXNotSupportedException {
        if (LEXICAL_HANDLER.equals(name)) {
            lexicalHandler = (LexicalHandler) value;
        } else {
            super.setProperty(name, value);
        }
    }

    @Override
    public Object getProperty(String name) throws SAXNotRecognizedException, SAXNotSupportedException {
        return LEXICAL_HANDLER.equals(name) ? lexicalHandler : super.getProperty(name);
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        aaltoLocator = (Locator2) locator;
        columns = new CharacterColumns(aaltoLocator, document);
        super.setDocumentLocator(columns);
    }

    /** The last event: a column given out on a line after a lone CR was not Xerces's, so start over with it. */
    @Override
    public void endDocument() throws SAXException {
        if (columns != null && columns.passedLoneCarriageReturn) {
            throw unsuitable("a line end made of a CR alone");
        }
        super.endDocument();
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        if (prefix.isEmpty()) {
            declaredDefault = uri;
        } else if (uri.isEmpty()) {
            throw unsuitable("a namespace undeclaration");
        }
        super.startPrefixMapping(prefix, uri);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        if (!prologChecked) {
            String encoding = aaltoLocator.getEncoding();
            if (!"UTF-8".equalsIgnoreCase(encoding) && !"US-ASCII".equalsIgnoreCase(encoding)) {
                throw unsuitable("the encoding " + encoding);
            }
            String version = aaltoLocator.getXMLVersion();
            if (version != null && !version.equals("1.0")) {
                throw unsuitable("XML " + version);
            }
            prologChecked = true;
        }
        if (qName.length() > NAME_LIMIT || atts.getLength() > ATTRIBUTE_LIMIT) {
            throw unsuitable("a name or an attribute count over the limits");
        }
        for (int i = 0; i < atts.getLength(); i++) {
            if (atts.getQName(i).length() > NAME_LIMIT) {
                throw unsuitable("a name over the limits");
            }
        }
        String inScope = declaredDefault != null ? declaredDefault : depth == 0 ? "" : defaultNamespaces[depth - 1];
        declaredDefault = null;
        if (depth == defaultNamespaces.length) {
            defaultNamespaces = Arrays.copyOf(defaultNamespaces, depth * 2);
        }
        defaultNamespaces[depth++] = inScope;
        super.startElement(unprefixed(qName) ? inScope : uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        String inScope = defaultNamespaces[--depth];
        super.endElement(unprefixed(qName) ? inScope : uri, localName, qName);
    }

    private static boolean unprefixed(String qName) {
        return qName.indexOf(':') < 0;
    }

    @Override
    public void startDTD(String name, String publicId, String systemId) throws SAXException {
        throw unsuitable("a DOCTYPE");
    }

    @Override
    public void endDTD() {
        // never reached: startDTD stops the parse
    }

    @Override
    public void startEntity(String name) {
        // only entities declared in a DTD are reported, and a DTD stops the parse
    }

    @Override
    public void endEntity(String name) {
        // as startEntity
    }

    @Override
    public void startCDATA() throws SAXException {
        if (lexicalHandler != null) {
            lexicalHandler.startCDATA();
        }
    }

    @Override
    public void endCDATA() throws SAXException {
        if (lexicalHandler != null) {
            lexicalHandler.endCDATA();
        }
    }

    @Override
    public void comment(char[] ch, int start, int length) throws SAXException {
        if (lexicalHandler != null) {
            lexicalHandler.comment(ch, start, length);
        }
    }

    @Override
    public void warning(SAXParseException e) {
        // Xerces's warnings are not findings either
    }

    @Override
    public void error(SAXParseException e) throws SAXException {
        throw e;
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
        throw e;
    }

    private SAXException unsuitable(String what) {
        return new SAXException("left to the JDK's parser: " + what);
    }

    /**
     * Aalto's positions as Xerces gives them: the column counts the UTF-16 units from the start of the
     * line, from 1, where Aalto counts bytes from 0 (a byte-order mark included). Positions are asked
     * for in document order, so the count goes on from the last one instead of starting over at each
     * line's start (a whole document on one line is common). After a line end made of a CR alone Xerces
     * counts one column less; such a document is left to Xerces rather than its quirk imitated.
     */
    private static final class CharacterColumns implements Locator2 {
        private final Locator2 aalto;
        private final byte[] document;
        /** Where counting starts on the first line: after a byte-order mark, which Xerces does not count. */
        private final int firstCounted;
        private int line;
        private int lineStart;
        private int countedTo;
        private int counted;
        boolean passedLoneCarriageReturn;

        CharacterColumns(Locator2 aalto, byte[] document) {
            this.aalto = aalto;
            this.document = document;
            boolean byteOrderMark = document.length >= 3 && (document[0] & 0xFF) == 0xEF
                    && (document[1] & 0xFF) == 0xBB && (document[2] & 0xFF) == 0xBF;
            firstCounted = byteOrderMark ? 3 : 0;
            line = 1;
            countFromLineStart();
        }

        private void countFromLineStart() {
            countedTo = line == 1 ? firstCounted : lineStart;
            counted = 0;
        }

        @Override
        public int getColumnNumber() {
            int column = aalto.getColumnNumber();
            int wanted = aalto.getLineNumber();
            if (column < 0 || wanted < 1) {
                return column;
            }
            if (wanted < line) {
                line = 1;
                lineStart = 0;
                countFromLineStart();
            }
            moveToLine(wanted);
            int target = Math.min(document.length, lineStart + column);
            if (target < countedTo) {
                countFromLineStart();
            }
            for (int i = countedTo; i < target; i++) {
                int b = document[i] & 0xFF;
                if ((b & 0xC0) != 0x80) {
                    counted += (b & 0xF8) == 0xF0 ? 2 : 1;
                }
            }
            countedTo = Math.max(countedTo, target);
            return counted + 1;
        }

        /** Line ends as XML has them: LF, CR LF, or a CR alone. */
        private void moveToLine(int wanted) {
            int i = lineStart;
            boolean moved = false;
            while (line < wanted && i < document.length) {
                byte b = document[i++];
                if (b == '\n' || b == '\r') {
                    if (b == '\r') {
                        if (i < document.length && document[i] == '\n') {
                            i++;
                        } else {
                            passedLoneCarriageReturn = true;
                        }
                    }
                    line++;
                    lineStart = i;
                    moved = true;
                }
            }
            if (moved) {
                countFromLineStart();
            }
        }

        @Override
        public int getLineNumber() {
            return aalto.getLineNumber();
        }

        @Override
        public String getPublicId() {
            return aalto.getPublicId();
        }

        @Override
        public String getSystemId() {
            return aalto.getSystemId();
        }

        @Override
        public String getXMLVersion() {
            return aalto.getXMLVersion();
        }

        @Override
        public String getEncoding() {
            return aalto.getEncoding();
        }
    }
}
