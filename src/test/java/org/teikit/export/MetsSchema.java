package org.teikit.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.catalog.CatalogFeatures;
import javax.xml.catalog.CatalogManager;
import javax.xml.catalog.CatalogResolver;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.teikit.TestData;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * METS 1.12.1 with MODS 3.8 from {@code ../shared/schemas/formats}, their imports resolved through
 * its catalog; anything not local is refused, so a test never reaches the network.
 */
final class MetsSchema {
    private final Schema schema;
    private final CatalogResolver catalog;

    MetsSchema() throws SAXException {
        Path formats = TestData.shared("schemas/formats");
        catalog = CatalogManager.catalogResolver(CatalogFeatures.builder().with(CatalogFeatures.Feature.RESOLVE, "strict").build(),
                formats.resolve("catalog.xml").toUri());
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setResourceResolver(catalog);
        schema = factory.newSchema(new Source[] {new StreamSource(formats.resolve("mets/mets.xsd").toFile()),
            new StreamSource(formats.resolve("mods/mods-3-8.xsd").toFile())});
    }

    /** Every error the schemas find in the file, empty when it is valid. */
    List<String> errors(Path file) throws IOException, SAXException {
        List<String> errors = new ArrayList<>();
        Validator validator = schema.newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setResourceResolver(catalog);
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(file.getFileName() + ":" + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        });
        validator.validate(new StreamSource(file.toFile()));
        return errors;
    }
}
