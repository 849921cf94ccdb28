package org.teikit.validate;

import com.thaiopensource.util.PropertyMap;
import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.IncorrectSchemaException;
import com.thaiopensource.validate.Schema;
import com.thaiopensource.validate.SchemaReader;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.Validator;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import com.thaiopensource.validate.prop.rng.RngProperty;
import com.thaiopensource.validate.rng.SAXSchemaReader;
import com.thaiopensource.xml.sax.XMLReaderCreator;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nu.xom.Document;
import nu.xom.converters.SAXConverter;
import org.teikit.Compilations;
import org.teikit.diag.Diagnostic;
import org.teikit.diag.Severity;
import org.teikit.io.SecureXml;
import org.teikit.model.SourcePosition;
import org.xml.sax.ContentHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * RELAX NG (XML or compact syntax) with Jing. Each schema is compiled once and cached; Jing's
 * {@link Schema} is thread-safe and a {@link Validator} is made per document, so one instance serves
 * many threads.
 *
 * <p>Code: RNG-001 for every grammar error, with Jing's message (long lists of expected names
 * collapsed), the element's path, a "did you mean" where a name is misspelt, and the element's page
 * in the TEI Guidelines.
 */
public final class RelaxNgValidator {
    private final Compilations<URI, Schema> schemas = new Compilations<>();

    /**
     * Compiles (or takes from the cache) a schema; {@code .rnc} files are read as compact syntax. Threads
     * asking for the same schema at once wait for one compilation instead of each doing it.
     */
    public Schema schema(URI uri) throws IOException {
        return schemas.get(uri, () -> compile(uri));
    }

    private static Schema compile(URI uri) throws IOException {
        SchemaReader reader = uri.toString().endsWith(".rnc") ? CompactSchemaReader.getInstance()
                : SAXSchemaReader.getInstance();
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.XML_READER_CREATOR, (XMLReaderCreator) SecureXml::newReader);
        // ID/IDREF checks as Jing's own command line makes them: duplicate xml:ids are grammar errors
        RngProperty.CHECK_ID_IDREF.add(properties);
        List<String> problems = new ArrayList<>();
        properties.put(ValidateProperty.ERROR_HANDLER, schemaProblems(problems, uri.toString()));
        if (!"file".equals(uri.getScheme()) && !"jar".equals(uri.getScheme())) {
            throw new IOException(uri + ": schemas are read from local files only (network access is off)");
        }
        try (InputStream in = uri.toURL().openStream()) {
            InputSource source = new InputSource(in);
            source.setSystemId(uri.toString());
            return reader.createSchema(source, properties.toPropertyMap());
        } catch (IncorrectSchemaException | SAXException e) {
            throw new IOException(uri + ": not a usable RELAX NG schema: "
                    + (problems.isEmpty() ? e.getMessage() : String.join("; ", problems)), e);
        }
    }

    public Schema schema(Path path) throws IOException {
        return schema(path.toAbsolutePath().normalize().toUri());
    }

    /**
     * The validator a thread uses for one schema, kept and reset between documents: Jing memoises
     * the derivatives of the grammar inside a validator, and rebuilding that memo for every document
     * of a large schema such as tei_all costs as much as the validation itself.
     */
    private static final class Reusable {
        final Validator validator;
        final RedirectableErrors errors;

        Reusable(Validator validator, RedirectableErrors errors) {
            this.validator = validator;
            this.errors = errors;
        }
    }

    private final ThreadLocal<Map<URI, Reusable>> perThread = ThreadLocal.withInitial(HashMap::new);

    /**
     * The content handler of this thread's validator for {@code schema}, reset, reporting into {@code sink}.
     *
     * @param paths the tracker of the parse feeding the validator, for element paths in findings
     */
    ContentHandler handlerFor(URI schema, List<Diagnostic> sink, String fileName, String sourceName,
            ElementPathTracker paths) throws IOException {
        Reusable reusable = perThread.get().get(schema);
        if (reusable == null) {
            RedirectableErrors errors = new RedirectableErrors();
            reusable = new Reusable(schema(schema).createValidator(properties(errors)), errors);
            perThread.get().put(schema, reusable);
        }
        reusable.validator.reset();
        reusable.errors.target = grammarErrors(sink, fileName, sourceName, paths);
        return reusable.validator.getContentHandler();
    }

    /** An error handler whose target changes with each document a reused validator reads. */
    private static final class RedirectableErrors implements ErrorHandler {
        ErrorHandler target;

        @Override
        public void warning(SAXParseException e) throws SAXException {
            target.warning(e);
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            target.error(e);
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            target.fatalError(e);
        }
    }

    /** Validates an in-memory tree (positions are those of the tree, not of a file). */
    public List<Diagnostic> validate(Document document, Path schemaPath, String name) throws IOException {
        List<Diagnostic> found = new ArrayList<>();
        String source = schemaPath.getFileName().toString();
        Validator validator = schema(schemaPath).createValidator(properties(grammarErrors(found, name, source, null)));
        try {
            new SAXConverter(validator.getContentHandler()).convert(document);
        } catch (SAXException e) {
            found.add(new Diagnostic("RNG-001", Severity.ERROR, e.getMessage(), SourcePosition.of(name)));
        }
        return found;
    }

    private static PropertyMap properties(ErrorHandler handler) {
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, handler);
        return properties.toPropertyMap();
    }

    private static ErrorHandler grammarErrors(List<Diagnostic> sink, String fileName, String sourceName,
            ElementPathTracker paths) {
        return new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                sink.add(diagnostic(e, Severity.WARNING));
            }

            @Override
            public void error(SAXParseException e) {
                sink.add(diagnostic(e, Severity.ERROR));
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXParseException {
                sink.add(diagnostic(e, Severity.ERROR));
                throw e;
            }

            private Diagnostic diagnostic(SAXParseException e, Severity severity) {
                String raw = e.getMessage();
                String element = paths == null ? null : paths.current();
                return new Diagnostic("RNG-001", severity, JingMessages.collapse(raw), new SourcePosition(fileName,
                        Math.max(0, e.getLineNumber()), Math.max(0, e.getColumnNumber())))
                        .withDetails(sourceName, paths == null ? null : paths.path(), JingMessages.hint(raw),
                                JingMessages.guidelinesPage(element));
            }
        };
    }

    private static ErrorHandler schemaProblems(List<String> problems, String name) {
        return new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // schema warnings (e.g. deprecated constructs) do not stop loading it
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
