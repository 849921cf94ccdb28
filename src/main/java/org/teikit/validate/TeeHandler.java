package org.teikit.validate;

import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.ext.LexicalHandler;

/**
 * Sends one parse to several consumers (Jing validators, Saxon's tree builder), so that each file
 * is parsed once whatever the number of schemas, and keeps the element path up to date for them.
 */
final class TeeHandler implements ContentHandler, LexicalHandler {
    /** An array, not a list: this is called for every piece of every file, where an iterator per call shows. */
    private final ContentHandler[] targets;
    private final ElementPathTracker paths;

    TeeHandler(List<ContentHandler> targets, ElementPathTracker paths) {
        this.targets = targets.toArray(new ContentHandler[0]);
        this.paths = paths;
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        for (ContentHandler t : targets) {
            t.setDocumentLocator(locator);
        }
    }

    @Override
    public void startDocument() throws SAXException {
        for (ContentHandler t : targets) {
            t.startDocument();
        }
    }

    @Override
    public void endDocument() throws SAXException {
        for (ContentHandler t : targets) {
            t.endDocument();
        }
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        for (ContentHandler t : targets) {
            t.startPrefixMapping(prefix, uri);
        }
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
        for (ContentHandler t : targets) {
            t.endPrefixMapping(prefix);
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        paths.start(qName);
        for (ContentHandler t : targets) {
            t.startElement(uri, localName, qName, atts);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        for (ContentHandler t : targets) {
            t.endElement(uri, localName, qName);
        }
        paths.end();
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        for (ContentHandler t : targets) {
            t.characters(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        for (ContentHandler t : targets) {
            t.ignorableWhitespace(ch, start, length);
        }
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        for (ContentHandler t : targets) {
            t.processingInstruction(target, data);
        }
    }

    @Override
    public void skippedEntity(String name) throws SAXException {
        for (ContentHandler t : targets) {
            t.skippedEntity(name);
        }
    }

    // comments and CDATA boundaries matter to the tree builder only (Schematron may test comments)

    @Override
    public void comment(char[] ch, int start, int length) throws SAXException {
        for (ContentHandler t : targets) {
            if (t instanceof LexicalHandler l) {
                l.comment(ch, start, length);
            }
        }
    }

    @Override
    public void startDTD(String name, String publicId, String systemId) {
        // DTDs are neither fetched nor passed on
    }

    @Override
    public void endDTD() {
        // see startDTD
    }

    @Override
    public void startEntity(String name) {
        // entity boundaries are not part of the data model
    }

    @Override
    public void endEntity(String name) {
        // see startEntity
    }

    @Override
    public void startCDATA() {
        // CDATA sections are ordinary text for validation
    }

    @Override
    public void endCDATA() {
        // see startCDATA
    }
}
