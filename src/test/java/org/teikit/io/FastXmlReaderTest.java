package org.teikit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.teikit.TestData;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;

/**
 * The fast reader gives handlers what Xerces gives them, event for event and position for position,
 * and leaves to Xerces every document it would read differently.
 */
class FastXmlReaderTest {
    private static final String MIXED = "caf\u00e9 \u2014 \u03b1\u03b2 \uD83D\uDE00";

    @Test
    void eventsAndPositionsAreXercesOnesOnAwkwardDocuments() throws Exception {
        List<String> documents = new ArrayList<>(List.of(
                "\uFEFF<a>\u00e9<b x=\"\uD83D\uDE00\">y</b></a>",
                "<?xml version=\"1.0\"?>\r\n<a>\r\n<b>\u2014</b>\r\n<!-- c\r\n -->\r\n<?pi x?><d><![CDATA[z\r\n]]></d></a>",
                "<a xmlns=\"u1\" xmlns:p=\"u3\"><b xmlns=\"u2\"><c p:k=\"v\"/></b><d xmlns=\"\"><e/></d><p:f><g/></p:f></a>",
                "<t:TEI xmlns:t=\"http://www.tei-c.org/ns/1.0\" xml:id=\"x\"><t:p rend='i'>" + MIXED + "</t:p></t:TEI>"));
        StringBuilder oneLine = new StringBuilder("<root xmlns=\"http://www.tei-c.org/ns/1.0\">");
        StringBuilder manyLines = new StringBuilder("<root>\n");
        for (int i = 0; i < 3000; i++) {
            // longer than Aalto's input buffer, so columns are counted across its refills
            oneLine.append("<w n=\"").append(i).append("\">").append(MIXED).append("</w>");
            manyLines.append("<w n=\"").append(i).append("\">").append(MIXED).append("\n text</w>\n");
        }
        documents.add(oneLine.append("</root>").toString());
        documents.add(manyLines.append("</root>").toString());
        for (String document : documents) {
            byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
            assertSameEvents(bytes, document.substring(0, Math.min(80, document.length())));
        }
    }

    @Test
    void eventsAndPositionsAreXercesOnesOnRealTei() throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(TestData.shared("tei-samples"))) {
            files = walk.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        assertTrue(files.size() > 100, "the samples and the bulk folder");
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            assertSameEvents(bytes, file.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<!DOCTYPE a [<!ATTLIST a y CDATA \"default\">]><a/>",
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>caf\u00e9</a>",
        "<?xml version=\"1.1\"?><a>x\u0085y</a>",
        "<a xmlns:p=\"\"/>",
        "<a>\r<b/></a>",
        "<a><b></a>",
        "<a>\u0001</a>",
    })
    void leavesToXercesWhatItWouldReadOtherwise(String document) {
        byte[] bytes = document.getBytes(document.contains("ISO-8859-1") ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
        assertThrows(SAXException.class, () -> events(new FastXmlReader(bytes), bytes));
    }

    @Test
    void aLoneCarriageReturnIsFineWhenNoColumnIsAskedFor() throws Exception {
        byte[] bytes = "<a>\r<b/></a>".getBytes(StandardCharsets.UTF_8);
        XMLReader reader = new FastXmlReader(bytes);
        List<String> names = new ArrayList<>();
        reader.setContentHandler(new DefaultHandler2() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes atts) {
                names.add(localName);
            }
        });
        reader.parse(new InputSource(new ByteArrayInputStream(bytes)));
        assertEquals(List.of("a", "b"), names);
    }

    @Test
    void readsItsOwnBytesWhateverSourceItIsGiven() throws Exception {
        byte[] bytes = "<a/>".getBytes(StandardCharsets.UTF_8);
        List<String> log = events(new FastXmlReader(bytes), "<other/>".getBytes(StandardCharsets.UTF_8));
        assertTrue(log.contains("S{}a a 1:5"), log::toString);
        assertFalse(log.toString().contains("other"));
    }

    private static void assertSameEvents(byte[] document, String name) throws Exception {
        List<String> xerces = events(SecureXml.newReader(), document);
        List<String> fast = events(new FastXmlReader(document), document);
        for (int i = 0; i < Math.min(xerces.size(), fast.size()); i++) {
            assertEquals(xerces.get(i), fast.get(i), name + ", event " + i);
        }
        assertEquals(xerces.size(), fast.size(), name + ": number of events");
    }

    /**
     * Every event with its names and position. Text is joined between other events and the prefix
     * mappings of one element sorted: neither chunking nor that order is part of what SAX promises.
     */
    private static List<String> events(XMLReader reader, byte[] bytes) throws Exception {
        List<String> log = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<String> mappings = new ArrayList<>();
        DefaultHandler2 handler = new DefaultHandler2() {
            private Locator locator;

            @Override
            public void setDocumentLocator(Locator locator) {
                this.locator = locator;
            }

            private void add(String event) {
                if (!text.isEmpty()) {
                    log.add("T" + text);
                    text.setLength(0);
                }
                if (!event.startsWith("P")) {
                    Collections.sort(mappings);
                    log.addAll(mappings);
                    mappings.clear();
                }
                // at the end of the document Xerces has no position to give (-1), and nobody asks for one
                String entry = event.equals("D") ? event
                        : event + " " + locator.getLineNumber() + ":" + locator.getColumnNumber();
                (event.startsWith("P") ? mappings : log).add(entry);
            }

            @Override
            public void startPrefixMapping(String prefix, String uri) {
                add("P" + prefix + "=" + uri);
            }

            @Override
            public void startElement(String uri, String localName, String qName, Attributes atts) {
                StringBuilder e = new StringBuilder("S{" + uri + "}" + localName + " " + qName);
                for (int i = 0; i < atts.getLength(); i++) {
                    e.append(" {").append(atts.getURI(i)).append('}').append(atts.getLocalName(i)).append('/')
                            .append(atts.getQName(i)).append('=').append(atts.getValue(i));
                }
                add(e.toString());
            }

            @Override
            public void endElement(String uri, String localName, String qName) {
                add("E{" + uri + "}" + localName + " " + qName);
            }

            @Override
            public void characters(char[] ch, int start, int length) {
                text.append(ch, start, length);
            }

            @Override
            public void processingInstruction(String target, String data) {
                add("I" + target + " " + data);
            }

            @Override
            public void comment(char[] ch, int start, int length) {
                add("C" + new String(ch, start, length));
            }

            @Override
            public void startCDATA() {
                add("[CDATA");
            }

            @Override
            public void endCDATA() {
                add("CDATA]");
            }

            @Override
            public void endDocument() {
                add("D");
            }
        };
        reader.setContentHandler(handler);
        reader.setProperty("http://xml.org/sax/properties/lexical-handler", handler);
        reader.parse(new InputSource(new ByteArrayInputStream(bytes)));
        return log;
    }
}
