package org.teikit.validate;

import com.thaiopensource.util.PropertyMap;
import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.IncorrectSchemaException;
import com.thaiopensource.validate.Schema;
import com.thaiopensource.validate.SchemaReader;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.Validator;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import com.thaiopensource.validate.rng.SAXSchemaReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import nu.xom.Document;
import nu.xom.converters.SAXConverter;
import org.teikit.diag.Diagnostic;
import org.teikit.diag.Severity;
import org.teikit.io.SecureXml;
import org.teikit.model.SourcePosition;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Validates TEI against RELAX NG (XML or compact syntax) with Jing. Each schema is compiled once and
 * cached; Jing's {@link Schema} is thread-safe, and a {@link Validator} is made per document, so one
 * instance serves many threads.
 *
 * <p>Codes: RNG-001 a grammar error, XML-001 a document that is not well-formed.
 */
public final class RelaxNgValidator {
    private final ConcurrentMap<Path, Schema> schemas = new ConcurrentHashMap<>();

    /** Compiles (or takes from the cache) a schema; {@code .rnc} files are read as compact syntax. */
    public Schema schema(Path path) throws IOException {
        Path key = path.toAbsolutePath().normalize();
        Schema cached = schemas.get(key);
        if (cached != null) {
            return cached;
        }
        SchemaReader reader = key.toString().endsWith(".rnc") ? CompactSchemaReader.getInstance()
                : SAXSchemaReader.getInstance();
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.XML_READER_CREATOR, (com.thaiopensource.xml.sax.XMLReaderCreator) SecureXml::newReader);
        List<String> problems = new ArrayList<>();
        properties.put(ValidateProperty.ERROR_HANDLER, collecting(problems, key.toString()));
        try (InputStream in = Files.newInputStream(key)) {
            InputSource source = new InputSource(in);
            source.setSystemId(key.toUri().toString());
            Schema schema = reader.createSchema(source, properties.toPropertyMap());
            return schemas.computeIfAbsent(key, k -> schema);
        } catch (IncorrectSchemaException | SAXException e) {
            throw new IOException(key + ": not a usable RELAX NG schema: "
                    + (problems.isEmpty() ? e.getMessage() : String.join("; ", problems)), e);
        }
    }

    /** Validates an in-memory tree (positions are those of the tree, not of a file). */
    public List<Diagnostic> validate(Document document, Path schemaPath, String name) throws IOException {
        List<Diagnostic> found = new ArrayList<>();
        Validator validator = schema(schemaPath).createValidator(errorHandlerProperties(found, name));
        try {
            new SAXConverter(validator.getContentHandler()).convert(document);
        } catch (SAXException e) {
            found.add(new Diagnostic("RNG-001", Severity.ERROR, e.getMessage(), SourcePosition.of(name)));
        }
        return found;
    }

    /** Validates a file, parsed securely so that findings keep their line and column. */
    public List<Diagnostic> validate(Path file, Path schemaPath) throws IOException {
        List<Diagnostic> found = new ArrayList<>();
        Validator validator = schema(schemaPath).createValidator(errorHandlerProperties(found, file.toString()));
        XMLReader reader = SecureXml.newReader();
        reader.setContentHandler(validator.getContentHandler());
        if (validator.getDTDHandler() != null) {
            reader.setDTDHandler(validator.getDTDHandler());
        }
        reader.setErrorHandler(handler(found, file.toString(), "XML-001"));
        try (InputStream in = Files.newInputStream(file)) {
            InputSource source = new InputSource(in);
            source.setSystemId(file.toAbsolutePath().toUri().toString());
            reader.parse(source);
        } catch (SAXParseException e) {
            // already reported through the error handler; the document is not well-formed
        } catch (SAXException e) {
            found.add(new Diagnostic("XML-001", Severity.ERROR, e.getMessage(), SourcePosition.of(file.toString())));
        }
        return found;
    }

    private static PropertyMap errorHandlerProperties(List<Diagnostic> found, String name) {
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, handler(found, name, "RNG-001"));
        return properties.toPropertyMap();
    }

    private static ErrorHandler handler(List<Diagnostic> found, String name, String code) {
        return new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                found.add(diagnostic(e, name, code, Severity.WARNING));
            }

            @Override
            public void error(SAXParseException e) {
                found.add(diagnostic(e, name, code, Severity.ERROR));
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXParseException {
                found.add(diagnostic(e, name, "XML-001", Severity.ERROR));
                throw e;
            }
        };
    }

    private static Diagnostic diagnostic(SAXParseException e, String name, String code, Severity severity) {
        return new Diagnostic(code, severity, e.getMessage(),
                new SourcePosition(name, Math.max(0, e.getLineNumber()), Math.max(0, e.getColumnNumber())));
    }

    private static ErrorHandler collecting(List<String> problems, String name) {
        return new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                problems.add(name + ":" + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXParseException {
                problems.add(name + ":" + e.getLineNumber() + ": " + e.getMessage());
                throw e;
            }
        };
    }
}
