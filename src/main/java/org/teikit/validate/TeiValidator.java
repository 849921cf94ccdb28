package org.teikit.validate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import net.sf.saxon.s9api.BuildingContentHandler;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.teikit.OrderedParallel;
import org.teikit.diag.Diagnostic;
import org.teikit.diag.Severity;
import org.teikit.io.FastXmlReader;
import org.teikit.io.SecureXml;
import org.teikit.model.SourcePosition;
import org.xml.sax.ContentHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Validates TEI files against RELAX NG and Schematron in one pass per file: the file is parsed once
 * and the events go to every Jing validator and, when Schematron is to run, to Saxon's tree builder.
 * Which schemas apply: those given; else the document's {@code xml-model} instructions; else the
 * project's own schema. Files run in parallel; results come back in input order. Thread-safe;
 * schemas are compiled once per instance (through the toolkit's registries).
 *
 * <p>Codes besides those of the schemas: XML-001 not well-formed (or an entity limit hit),
 * IO-001 a file that cannot be read, IO-SCHEMA a schema that cannot be read or compiled.
 */
public final class TeiValidator {
    static final String PROJECT_RNG = "schemas/teikit.rng";
    static final String PROJECT_SCH = "schemas/teikit.sch";

    private final RelaxNgValidator relaxNg;
    private final Supplier<SchematronValidator> schematron;
    private final ValidationOptions options;
    private final SchemaLocator locator;
    private final XmlModelReader xmlModels = new XmlModelReader();
    private final java.util.Map<String, List<Diagnostic>> schemaNotes = new java.util.concurrent.ConcurrentSkipListMap<>();

    /** @param schematron asked for only when a Schematron schema is to run (making one compiles SchXslt2) */
    public TeiValidator(RelaxNgValidator relaxNg, Supplier<SchematronValidator> schematron,
            ValidationOptions options) {
        this.relaxNg = relaxNg;
        this.schematron = schematron;
        this.options = options;
        this.locator = new SchemaLocator(options.catalogs(), options.teiSchemas());
    }

    /** The schemas one file is checked against. */
    private record Plan(List<URI> grammars, List<URI> rules, List<Diagnostic> problems) {
    }

    /** Validates the files, {@code jobs} at a time, and calls {@code done} with each report in input order. */
    public ValidationReport validate(List<Path> files, Consumer<FileReport> done) {
        return new ValidationReport(OrderedParallel.map(files, options.jobs(), this::validate, done));
    }

    public FileReport validate(Path file) {
        long start = System.nanoTime();
        String name = file.toString();
        Plan plan = plan(file);
        List<Diagnostic> findings = new ArrayList<>(plan.problems());
        List<String> applied = new ArrayList<>();
        plan.grammars().forEach(u -> applied.add(displayName(u)));
        plan.rules().forEach(u -> applied.add(displayName(u)));
        try {
            findings.addAll(check(file, name, plan));
        } catch (IOException e) {
            findings.add(new Diagnostic("IO-001", Severity.ERROR, "cannot read: " + e.getMessage(), SourcePosition.of(name)));
        }
        return new FileReport(name, applied, findings, (System.nanoTime() - start) / 1_000_000);
    }

    /** What had to be adapted in the Schematron schemas used so far (once per schema), for the log. */
    public List<Diagnostic> schemaNotes() {
        return schemaNotes.values().stream().flatMap(List::stream).toList();
    }

    private Plan plan(Path file) {
        List<URI> grammars = new ArrayList<>();
        List<URI> rules = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        if (!options.schemas().isEmpty() || !options.schematrons().isEmpty()) {
            URI cwd = Path.of("").toAbsolutePath().toUri();
            options.schemas().forEach(s -> grammars.add(locator.locate(s, cwd)));
            options.schematrons().forEach(s -> rules.add(locator.locate(s, cwd)));
        } else {
            try {
                for (XmlModelReader.Model model : xmlModels.read(file)) {
                    URI uri = locator.locate(model.href(), file.toAbsolutePath().toUri());
                    (model.schematron() ? rules : grammars).add(uri);
                }
            } catch (IOException e) {
                problems.add(new Diagnostic("IO-001", Severity.ERROR, "cannot read: " + e.getMessage(),
                        SourcePosition.of(file.toString())));
            }
            if (grammars.isEmpty() && rules.isEmpty()) {
                grammars.add(classpath(PROJECT_RNG));
                rules.add(classpath(PROJECT_SCH));
            }
        }
        if (options.embeddedSchematron()) {
            grammars.stream().filter(u -> !u.toString().endsWith(".rnc")).forEach(rules::add);
        }
        return new Plan(grammars, rules, problems);
    }

    private static URI classpath(String resource) {
        try {
            var url = TeiValidator.class.getClassLoader().getResource(resource);
            if (url == null) {
                throw new IllegalStateException("the project schema is missing from the classpath: " + resource);
            }
            return url.toURI();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads a file with the fast reader, and one too large for it or that it gives up on with Xerces
     * (from the start again: all of the first pass is dropped).
     */
    private List<Diagnostic> check(Path file, String name, Plan plan) throws IOException {
        byte[] document = FastXmlReader.bytesOf(file);
        if (document != null) {
            try {
                return check(file, name, plan, (handler, findings, grammar) -> parseFast(file, document, handler, grammar));
            } catch (LeftToXerces e) {
                // read again below
            }
        }
        try {
            return check(file, name, plan, (handler, findings, grammar) -> parse(file, document, name, handler, findings));
        } catch (LeftToXerces e) {
            throw new IllegalStateException("Xerces never leaves a document to itself", e);
        }
    }

    /**
     * One parse of the file into the handler: false, with findings, when the document is not well-formed.
     *
     * @param grammar where the handler's RELAX NG validators put their findings
     */
    private interface Parse {
        boolean into(TeeHandler handler, List<Diagnostic> findings, List<Diagnostic> grammar)
                throws IOException, LeftToXerces;
    }

    /** The fast reader could not read a document as Xerces would. */
    private static final class LeftToXerces extends Exception {
        LeftToXerces(Exception cause) {
            super(cause);
        }
    }

    private List<Diagnostic> check(Path file, String name, Plan plan, Parse parse) throws IOException, LeftToXerces {
        List<Diagnostic> grammarFindings = new ArrayList<>();
        List<Diagnostic> parseFindings = new ArrayList<>();
        ElementPathTracker paths = new ElementPathTracker();
        List<ContentHandler> targets = new ArrayList<>();
        for (URI grammar : plan.grammars()) {
            try {
                targets.add(relaxNg.handlerFor(grammar, grammarFindings, name, displayName(grammar), paths));
            } catch (IOException e) {
                parseFindings.add(schemaProblem(name, e));
            }
        }
        List<SchematronValidator.CompiledSchematron> compiled = new ArrayList<>();
        for (URI rules : plan.rules()) {
            try {
                SchematronValidator.CompiledSchematron c = schematron.get().compile(rules, options.phase());
                schemaNotes.putIfAbsent(rules.toString(), c.adaptations());
                if (!c.empty()) {
                    compiled.add(c);
                }
            } catch (IOException e) {
                parseFindings.add(schemaProblem(name, e));
            }
        }
        BuildingContentHandler tree = null;
        if (!compiled.isEmpty()) {
            DocumentBuilder builder = schematron.get().processor().newDocumentBuilder();
            builder.setLineNumbering(true);
            builder.setBaseURI(file.toAbsolutePath().toUri());
            try {
                tree = builder.newBuildingContentHandler();
            } catch (SaxonApiException e) {
                throw new IllegalStateException(e);
            }
            targets.add(tree);
        }
        boolean wellFormed = parse.into(new TeeHandler(targets, paths), parseFindings, grammarFindings);
        List<Diagnostic> all = new ArrayList<>(parseFindings);
        all.addAll(grammarFindings);
        if (wellFormed && tree != null) {
            XdmNode document;
            try {
                document = tree.getDocumentNode();
            } catch (SaxonApiException e) {
                throw new IllegalStateException("the tree of a well-formed document could not be built", e);
            }
            for (SchematronValidator.CompiledSchematron c : compiled) {
                all.addAll(schematron.get().validate(document, c, name, options.allowNetwork()));
            }
        }
        return all;
    }

    private static Diagnostic schemaProblem(String name, IOException e) {
        return new Diagnostic("IO-SCHEMA", Severity.ERROR, e.getMessage(), SourcePosition.of(name));
    }

    /**
     * Reads with the fast reader, unless a grammar error comes up in text or at the end of the
     * document. Jing checks text piece by piece as the parser hands it over, one error per piece, and
     * Xerces cuts text into other pieces than Aalto (at references and some line ends); at the end
     * of the document Xerces has no position. The number and places of those errors are Jing's own
     * only with Xerces, so such a document is read again with it.
     */
    private static boolean parseFast(Path file, byte[] document, TeeHandler handler, List<Diagnostic> grammar)
            throws IOException, LeftToXerces {
        XMLFilterImpl textErrorsToXerces = new XMLFilterImpl() {
            @Override
            public void characters(char[] ch, int start, int length) throws SAXException {
                int before = grammar.size();
                super.characters(ch, start, length);
                if (grammar.size() > before) {
                    throw new SAXException("a grammar error in text: left to Xerces");
                }
            }

            @Override
            public void endDocument() throws SAXException {
                int before = grammar.size();
                super.endDocument();
                if (grammar.size() > before) {
                    throw new SAXException("a grammar error at the end: left to Xerces");
                }
            }
        };
        textErrorsToXerces.setContentHandler(handler);
        try {
            XMLReader reader = new FastXmlReader(document);
            reader.setContentHandler(textErrorsToXerces);
            reader.setProperty("http://xml.org/sax/properties/lexical-handler", handler);
            reader.parse(file.toAbsolutePath().toUri().toString());
            return true;
        } catch (SAXException | RuntimeException e) {
            throw new LeftToXerces(e);
        }
    }

    /**
     * Parses securely; a document that is not well-formed becomes an XML-001 finding.
     *
     * @param document the file's bytes when they are in memory already, else null
     */
    private static boolean parse(Path file, byte[] document, String name, TeeHandler handler, List<Diagnostic> findings)
            throws IOException {
        XMLReader reader = SecureXml.newReader();
        reader.setContentHandler(handler);
        try {
            reader.setProperty("http://xml.org/sax/properties/lexical-handler", handler);
        } catch (SAXException e) {
            // without comments the tree still serves every Schematron rule that does not test them
        }
        reader.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // parser warnings say nothing about validity
            }

            @Override
            public void error(SAXParseException e) {
                findings.add(xmlError(name, e));
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXParseException {
                throw e;
            }
        });
        try (InputStream in = document != null ? new ByteArrayInputStream(document) : Files.newInputStream(file)) {
            InputSource source = new InputSource(in);
            source.setSystemId(file.toAbsolutePath().toUri().toString());
            reader.parse(source);
            return true;
        } catch (SAXParseException e) {
            findings.add(xmlError(name, e));
            return false;
        } catch (SAXException e) {
            findings.add(new Diagnostic("XML-001", Severity.ERROR, e.getMessage(), SourcePosition.of(name)));
            return false;
        }
    }

    private static Diagnostic xmlError(String name, SAXParseException e) {
        return new Diagnostic("XML-001", Severity.ERROR, "not well-formed: " + e.getMessage(),
                new SourcePosition(name, Math.max(0, e.getLineNumber()), Math.max(0, e.getColumnNumber())));
    }

    static String displayName(URI uri) {
        String path = uri.toString();
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
