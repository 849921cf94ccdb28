package org.teikit.validate;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.BuildingContentHandler;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.lib.ErrorReporter;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.streams.Steps;
import nu.xom.converters.SAXConverter;
import org.teikit.Compilations;
import org.teikit.diag.Diagnostic;
import org.teikit.diag.Severity;
import org.teikit.model.SourcePosition;
import org.xml.sax.SAXException;

/**
 * ISO Schematron through SchXslt2 and Saxon-HE: each schema (and phase) is normalised, transpiled
 * to XSLT 3.0, made error-isolating per rule ({@code xslt/validate/isolate-rules.xsl}) and compiled
 * once, then run on any number of documents from any number of threads. SVRL is read back into
 * findings with line and column. Thread-safe.
 *
 * <p>Codes: SCH-&lt;assert or report id&gt; (SCH-&lt;rule id&gt;-assert without one), SCH-NETWORK for a
 * rule that reached for the network while it was off, SCH-RULE-ERROR for any other dynamic error of
 * a rule.
 */
public final class SchematronValidator {
    private static final String SCHXSLT = "http://dmaus.name/ns/2023/schxslt";
    private static final String SVRL = "http://purl.oclc.org/dsdl/svrl";
    private static final String TRANSPILER = "content/transpile.xsl";
    private static final String ISOLATE = "xslt/validate/isolate-rules.xsl";

    /** A schema ready to run; {@code empty} when it has no pattern (a RELAX NG schema without embedded rules). */
    public record CompiledSchematron(String name, XsltExecutable executable, List<Diagnostic> adaptations,
            boolean empty, Map<String, String> networkUsers) {
    }

    private record Key(URI schema, String phase) {
    }

    private final Processor processor;
    private final XsltExecutable transpiler;
    private final XsltExecutable isolator;
    private final SchematronNormaliser normaliser = new SchematronNormaliser();
    private final Compilations<Key, CompiledSchematron> compiled = new Compilations<>();

    public SchematronValidator(Processor processor) {
        this.processor = processor;
        XsltCompiler compiler = processor.newXsltCompiler();
        compiler.setErrorReporter(error -> { }); // the bundled transpiler's own warnings are nobody's business
        // static parameters of the transpiler: report errors as SVRL instead of stopping the run
        compiler.setParameter(new QName(SCHXSLT, "terminate-validation-on-error"), new XdmAtomicValue(false));
        compiler.setParameter(new QName(SCHXSLT, "report-active-pattern"), new XdmAtomicValue(false));
        this.transpiler = compileResource(compiler, TRANSPILER);
        this.isolator = compileResource(processor.newXsltCompiler(), ISOLATE);
    }

    /** The Saxon processor compiled schemas run on; documents for them are built with it. */
    public Processor processor() {
        return processor;
    }

    /**
     * @param phase a phase name, or null for the schema's default phase
     * @throws IOException when the schema cannot be read or does not compile
     */
    public CompiledSchematron compile(URI schema, String phase) throws IOException {
        Key key = new Key(schema, phase == null ? "#DEFAULT" : phase);
        return compiled.get(key, () -> compileFresh(key.schema(), key.phase()));
    }

    private CompiledSchematron compileFresh(URI schema, String phase) throws IOException {
        SchematronNormaliser.Result normalised = normaliser.normalise(schema);
        String name = schema.toString().replaceAll(".*/", "");
        List<String> problems = new java.util.concurrent.CopyOnWriteArrayList<>();
        ErrorReporter collect = error -> {
            if (!error.isWarning()) {
                problems.add(error.getMessage());
            }
        };
        try {
            DocumentBuilder builder = processor.newDocumentBuilder();
            builder.setBaseURI(schema);
            BuildingContentHandler handler = builder.newBuildingContentHandler();
            new SAXConverter(handler).convert(normalised.schema());
            Xslt30Transformer transpile = transpiler.load30();
            transpile.setErrorReporter(collect);
            transpile.setStylesheetParameters(Map.of(new QName(SCHXSLT, "phase"), new XdmAtomicValue(phase)));
            XdmDestination generated = new XdmDestination();
            generated.setBaseURI(schema);
            transpile.applyTemplates(handler.getDocumentNode(), generated);
            XdmDestination isolated = new XdmDestination();
            isolated.setBaseURI(schema);
            Xslt30Transformer isolate = isolator.load30();
            isolate.setErrorReporter(collect);
            isolate.setStylesheetParameters(Map.of(new QName("schema"), handler.getDocumentNode()));
            isolate.applyTemplates(generated.getXdmNode(), isolated);
            XsltCompiler compiler = processor.newXsltCompiler();
            compiler.setErrorReporter(collect);
            XsltExecutable executable = compiler.compile(isolated.getXdmNode().asSource());
            boolean empty = normalised.schema().getRootElement()
                    .getChildElements("pattern", SchematronNormaliser.SCH).size() == 0;
            return new CompiledSchematron(name, executable, normalised.adaptations(), empty, normalised.networkUsers());
        } catch (SaxonApiException | SAXException e) {
            throw new IOException(schema + ": the Schematron schema does not compile: "
                    + (problems.isEmpty() ? e.getMessage() : String.join("; ", problems)), e);
        }
    }

    /**
     * Runs a compiled schema on a document built with line numbers.
     *
     * @param fileName the name findings carry
     */
    public List<Diagnostic> validate(XdmNode document, CompiledSchematron schema, String fileName, boolean allowNetwork) {
        List<Diagnostic> findings = new ArrayList<>();
        try {
            Xslt30Transformer run = schema.executable().load30();
            run.setErrorReporter(error -> { }); // dynamic errors reach us as SVRL through the isolated rules
            run.setGlobalContextItem(document); // global lets are evaluated against the document
            NetworkPolicy network = new NetworkPolicy(allowNetwork);
            run.setResourceResolver(network);
            XdmDestination svrl = new XdmDestination();
            run.applyTemplates(document, svrl);
            read(svrl.getXdmNode(), document, schema.name(), fileName, findings);
            reportRefusals(network, schema, fileName, findings);
        } catch (SaxonApiException e) {
            findings.add(new Diagnostic("SCH-RULE-ERROR", Severity.ERROR, "Schematron validation stopped: "
                    + e.getMessage(), SourcePosition.of(fileName)).withDetails(schema.name(), null, null, null));
        }
        return findings;
    }

    /**
     * Network addresses a run asked for and was refused, including those a doc-available() asked
     * about quietly: each is reported once, naming the let or rule of the schema that asks for it.
     */
    private static void reportRefusals(NetworkPolicy network, CompiledSchematron schema, String fileName,
            List<Diagnostic> findings) {
        for (String address : new java.util.TreeSet<>(network.refused())) {
            String who = schema.networkUsers().entrySet().stream().filter(e -> address.startsWith(e.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElse("a rule");
            boolean alreadyReported = findings.stream().anyMatch(d -> d.code().equals("SCH-NETWORK") && d.message().contains(address));
            if (!alreadyReported) {
                findings.add(new Diagnostic("SCH-NETWORK", Severity.WARNING, who + " reaches for the network, which is off: "
                        + address + " was not fetched (allow it with --allow-network)", SourcePosition.of(fileName))
                        .withDetails(schema.name(), null, null, null));
            }
        }
    }

    private void read(XdmNode svrl, XdmNode document, String source, String fileName, List<Diagnostic> out) {
        for (XdmNode node : svrl.select(Steps.descendant()).asListOfNodes()) {
            if (node.getNodeKind() != XdmNodeKind.ELEMENT || !SVRL.equals(node.getNodeName().getNamespaceUri().toString())) {
                continue;
            }
            String kind = node.getNodeName().getLocalName();
            if (kind.equals("failed-assert") || kind.equals("successful-report")) {
                out.add(finding(node, document, source, fileName));
            } else if (kind.equals("error")) {
                out.add(ruleError(node, document, source, fileName));
            }
        }
    }

    private Diagnostic finding(XdmNode node, XdmNode document, String source, String fileName) {
        String id = node.getAttributeValue(new QName("id"));
        String code = "SCH-" + (id != null && !id.isBlank() ? id : "assert");
        StringBuilder message = new StringBuilder(text(node, "text"));
        String diagnostics = text(node, "diagnostic-reference");
        if (!diagnostics.isEmpty()) {
            message.append(" (").append(diagnostics).append(')');
        }
        String location = node.getAttributeValue(new QName("location"));
        return new Diagnostic(code, severity(node.getAttributeValue(new QName("role"))), message.toString(),
                position(document, location, fileName)).withDetails(source, readablePath(location), null, null);
    }

    private Diagnostic ruleError(XdmNode node, XdmNode document, String source, String fileName) {
        String errorCode = node.getAttributeValue(new QName("code"));
        String rule = node.getAttributeValue(new QName("rule"));
        String context = node.getAttributeValue(new QName("context"));
        String location = node.getAttributeValue(new QName("location"));
        boolean network = errorCode != null && errorCode.endsWith(NetworkPolicy.REFUSED);
        String ruleName = rule != null && !rule.isBlank() ? "rule " + rule
                : context != null ? "the rule for " + context : "the schema";
        String message = (network ? ruleName + " reaches for the network, which is off: " : ruleName + " failed: ")
                + node.getStringValue().strip() + (network ? "" : " [" + errorCode + "]");
        return new Diagnostic(network ? "SCH-NETWORK" : "SCH-RULE-ERROR", network ? Severity.WARNING : Severity.ERROR,
                message, position(document, location, fileName)).withDetails(source, readablePath(location), null, null);
    }

    private static String text(XdmNode node, String child) {
        StringBuilder s = new StringBuilder();
        for (XdmNode c : node.select(Steps.child(SVRL, child)).asListOfNodes()) {
            if (s.length() > 0) {
                s.append("; ");
            }
            s.append(c.getStringValue().replaceAll("\\s+", " ").strip());
        }
        return s.toString();
    }

    private static Severity severity(String role) {
        if (role == null) {
            return Severity.ERROR;
        }
        return switch (role.toLowerCase(Locale.ROOT)) {
            case "warning", "warn" -> Severity.WARNING;
            case "info", "information", "informational", "note" -> Severity.INFO;
            default -> Severity.ERROR;
        };
    }

    /** Line and column of the node an SVRL location (an XPath from fn:path()) points at. */
    private SourcePosition position(XdmNode document, String location, String fileName) {
        if (location == null || location.isBlank()) {
            return SourcePosition.of(fileName);
        }
        try {
            XPathCompiler xpath = processor.newXPathCompiler();
            XdmValue hit = xpath.evaluate(location, document);
            if (hit.size() > 0 && hit.itemAt(0) instanceof XdmNode n && n.getLineNumber() > 0) {
                return new SourcePosition(fileName, n.getLineNumber(), Math.max(n.getColumnNumber(), 0));
            }
        } catch (SaxonApiException e) {
            // a location we cannot evaluate still leaves the file
        }
        return SourcePosition.of(fileName);
    }

    /** {@code /Q{ns}TEI[1]/Q{ns}text[1]} → {@code /TEI[1]/text[1]}: what people read. */
    private static String readablePath(String location) {
        return location == null ? null : location.replaceAll("Q\\{[^}]*\\}", "");
    }

    private static XsltExecutable compileResource(XsltCompiler compiler, String resource) {
        try (InputStream in = SchematronValidator.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing from the classpath: " + resource);
            }
            return compiler.compile(new StreamSource(in,
                    SchematronValidator.class.getClassLoader().getResource(resource).toString()));
        } catch (IOException | SaxonApiException e) {
            throw new IllegalStateException("cannot compile " + resource + ": " + e.getMessage(), e);
        }
    }
}
