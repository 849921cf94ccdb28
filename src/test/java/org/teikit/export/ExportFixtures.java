package org.teikit.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.catalog.CatalogFeatures;
import javax.xml.catalog.CatalogManager;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import org.teikit.TestData;
import org.teikit.Toolkit;
import org.teikit.diag.Diagnostic;
import org.teikit.validate.ValidationOptions;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Shared helpers for the export tests: one toolkit, the documents they export (teikit's golden
 * TEI, real letters of other projects, the fixtures of {@code src/test/resources/export/}),
 * validation of the results against the formats' own schemas, XPath over the results.
 */
final class ExportFixtures {
    static final Toolkit TOOLKIT = new Toolkit();

    private ExportFixtures() {
    }

    /** The converter's golden TEI, one file per case, in case order. */
    static List<Path> corpusDocuments() throws IOException {
        try (Stream<Path> cases = Files.list(TestData.project().resolve("corpus/convert"))) {
            return cases.sorted().map(dir -> dir.resolve("expected.xml")).toList();
        }
    }

    /** The real letters of other projects in {@code ../shared/tei-samples/letters/}, sorted. */
    static List<Path> sharedLetters() throws IOException {
        try (Stream<Path> files = Files.list(TestData.shared("tei-samples/letters"))) {
            return files.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
    }

    static Path fixture(String name) {
        return TestData.project().resolve("src/test/resources/export").resolve(name);
    }

    static List<Path> fixtures() {
        return List.of(fixture("several-senders.xml"), fixture("partial-dates.xml"), fixture("corpus-of-letters.xml"));
    }

    /** A document named by its folder and file, e.g. {@code 02-letter-salutation-close/expected.xml}. */
    static ExportSource source(Path file) {
        try {
            return new ExportSource(TOOLKIT.renderer().readWithLines(file), file.getParent().getFileName() + "/" + file.getFileName());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ExportSource> sources(List<Path> files) {
        return files.stream().map(ExportFixtures::source).toList();
    }

    /** The findings of teikit's validator: CMIF's RELAX NG (with its embedded rules) and its Schematron. */
    static List<Diagnostic> validateCmif(byte[] cmif, Path folder) throws IOException {
        Path file = Files.write(folder.resolve("letters.cmif.xml"), cmif);
        Path schemas = TestData.shared("schemas/cmif");
        ValidationOptions options = new ValidationOptions(List.of(schemas.resolve("cmi-customization.rng").toString()),
                List.of(schemas.resolve("cmif.sch").toString()), null, true, false, List.of(), null, 1);
        return TOOLKIT.validator(options).validate(file).findings();
    }

    /** The errors and warnings of the JDK's XSD validator against oai_dc.xsd, its imports read through the catalog only. */
    static List<String> validateDublinCore(byte[] record) throws SAXException, IOException {
        Path formats = TestData.shared("schemas/formats");
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        factory.setResourceResolver(CatalogManager.catalogResolver(
                CatalogFeatures.builder().with(CatalogFeatures.Feature.RESOLVE, "strict").build(),
                formats.resolve("catalog.xml").toUri()));
        Schema schema = factory.newSchema(formats.resolve("oai-pmh/oai_dc.xsd").toFile());
        List<String> problems = new ArrayList<>();
        Validator validator = schema.newValidator();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                problems.add("warning: " + e.getMessage());
            }

            @Override
            public void error(SAXParseException e) {
                problems.add("error: " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                problems.add("fatal: " + e.getMessage());
            }
        });
        validator.validate(new StreamSource(new ByteArrayInputStream(record)));
        return problems;
    }

    /** The system's own checksum tool (coreutils) run in the bag: an independent check of the manifests. */
    static void checkWith(String tool, Path bag, String manifest) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(tool, "--check", "--strict", manifest).directory(bag.toFile())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, tool + " is not installed here: " + e.getMessage());
            return;
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), tool + " -c " + manifest + ":\n" + output);
    }

    static XdmNode parse(byte[] xml) {
        try {
            return TOOLKIT.stylesheets().processor().newDocumentBuilder().build(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SaxonApiException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The string values an XPath (prefixes tei, dc) selects, in order. */
    static List<String> values(XdmNode node, String xpath) {
        try {
            XPathCompiler compiler = TOOLKIT.stylesheets().processor().newXPathCompiler();
            compiler.declareNamespace("tei", "http://www.tei-c.org/ns/1.0");
            compiler.declareNamespace("dc", "http://purl.org/dc/elements/1.1/");
            compiler.declareNamespace("oai_dc", "http://www.openarchives.org/OAI/2.0/oai_dc/");
            List<String> values = new ArrayList<>();
            for (XdmItem item : compiler.evaluate(xpath, node)) {
                values.add(item.getStringValue());
            }
            return values;
        } catch (SaxonApiException e) {
            throw new IllegalArgumentException(xpath + ": " + e.getMessage(), e);
        }
    }

    static String value(XdmNode node, String xpath) {
        List<String> values = values(node, xpath);
        if (values.size() != 1) {
            throw new AssertionError(xpath + " selects " + values.size() + " items: " + values);
        }
        return values.get(0);
    }
}
