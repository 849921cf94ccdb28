package org.teikit.validate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.teikit.io.SecureXml;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the {@code <?xml-model?>} processing instructions before a document's root element, TEI's
 * standard way of naming its schemas; stops parsing at the root element. Stateless.
 */
final class XmlModelReader {
    private static final Pattern PSEUDO_ATTRIBUTE = Pattern.compile("(\\w+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
    private static final String SCHEMATRON_NS = "http://purl.oclc.org/dsdl/schematron";
    private static final String RELAXNG_NS = "http://relaxng.org/ns/structure/1.0";

    /** One xml-model: where the schema is and whether it is RELAX NG or Schematron. */
    record Model(String href, boolean schematron) {
    }

    List<Model> read(Path file) throws IOException {
        List<Model> models = new ArrayList<>();
        XMLReader reader = SecureXml.newReader();
        reader.setContentHandler(new DefaultHandler() {
            @Override
            public void processingInstruction(String target, String data) {
                if (target.equals("xml-model")) {
                    model(data).ifPresent(models::add);
                }
            }

            @Override
            public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
                throw new PrologRead();
            }
        });
        try (InputStream in = Files.newInputStream(file)) {
            reader.parse(new InputSource(in));
        } catch (PrologRead done) {
            // the root element was reached: every xml-model has been seen
        } catch (SAXException e) {
            // not well-formed: the validation itself reports it
        }
        return models;
    }

    private static java.util.Optional<Model> model(String data) {
        String href = null;
        String schematypens = null;
        String type = null;
        Matcher m = PSEUDO_ATTRIBUTE.matcher(data);
        while (m.find()) {
            String value = m.group(2) != null ? m.group(2) : m.group(3);
            switch (m.group(1)) {
                case "href" -> href = value;
                case "schematypens" -> schematypens = value;
                case "type" -> type = value;
                default -> { }
            }
        }
        if (href == null) {
            return java.util.Optional.empty();
        }
        boolean schematron = SCHEMATRON_NS.equals(schematypens)
                || schematypens == null && href.endsWith(".sch");
        boolean relaxng = RELAXNG_NS.equals(schematypens) || schematypens == null
                && (href.endsWith(".rng") || href.endsWith(".rnc") || "application/relax-ng-compact-syntax".equals(type));
        return schematron || relaxng ? java.util.Optional.of(new Model(href, schematron)) : java.util.Optional.empty();
    }

    /** Thrown to stop parsing at the root element. */
    private static final class PrologRead extends SAXException {
        PrologRead() {
            super("prolog read");
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }
}
