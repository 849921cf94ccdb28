package org.teikit.transform.pdf;

import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;

/**
 * Passes FO on to FOP without the XMP packet of its {@code fo:declarations}: teikit sets the PDF's
 * document information itself (from that packet, or as the caller asks), and FOP, given XMP, would
 * stamp it with the wall-clock time, so that the same FO no longer gave the same PDF.
 * Not thread-safe: one per rendering.
 */
final class WithoutXmp implements ContentHandler {
    private final ContentHandler next;
    private int skipped;
    private boolean inDeclarations;

    WithoutXmp(ContentHandler next) {
        this.next = next;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        if (skipped > 0 || inDeclarations && FoMetadata.XMP.equals(uri) && "xmpmeta".equals(localName)) {
            skipped++;
            return;
        }
        if (FoMetadata.FO.equals(uri) && "declarations".equals(localName)) {
            inDeclarations = true;
        }
        next.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (skipped > 0) {
            skipped--;
            return;
        }
        if (FoMetadata.FO.equals(uri) && "declarations".equals(localName)) {
            inDeclarations = false;
        }
        next.endElement(uri, localName, qName);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (skipped == 0) {
            next.characters(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        if (skipped == 0) {
            next.ignorableWhitespace(ch, start, length);
        }
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        if (skipped == 0) {
            next.processingInstruction(target, data);
        }
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        next.setDocumentLocator(locator);
    }

    @Override
    public void startDocument() throws SAXException {
        next.startDocument();
    }

    @Override
    public void endDocument() throws SAXException {
        next.endDocument();
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        next.startPrefixMapping(prefix, uri);
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
        next.endPrefixMapping(prefix);
    }

    @Override
    public void skippedEntity(String name) throws SAXException {
        next.skippedEntity(name);
    }
}
