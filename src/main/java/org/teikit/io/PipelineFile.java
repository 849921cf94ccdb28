package org.teikit.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nu.xom.Document;
import nu.xom.Element;
import nu.xom.Elements;
import org.teikit.transform.OutputFormat;
import org.teikit.transform.Pipeline;

/**
 * Reads a pipeline of XSLT steps from a small XML file:
 *
 * <pre>{@code
 * <pipeline xmlns="urn:teikit:pipeline">
 *   <step stylesheet="normalise-names.xsl">
 *     <param name="lang" value="de"/>
 *   </step>
 *   <step stylesheet="teikit:html"/>
 * </pipeline>
 * }</pre>
 *
 * A {@code stylesheet} is a file, relative to the pipeline file, or one of teikit's own
 * ({@code teikit:html}, {@code teikit:text}, {@code teikit:fo}). Anything else in the file is an error
 * naming it, not ignored.
 */
public final class PipelineFile {
    public static final String NAMESPACE = "urn:teikit:pipeline";
    private static final String BUNDLED = "teikit:";

    private PipelineFile() {
    }

    /**
     * @throws IOException when the file cannot be read, is not well-formed, or does not describe a
     *         pipeline (the message names the file and what is wrong)
     */
    public static Pipeline read(Path file) throws IOException {
        Document document = SecureXomBuilder.parse(file);
        Element root = document.getRootElement();
        if (!root.getLocalName().equals("pipeline") || !root.getNamespaceURI().equals(NAMESPACE)) {
            throw invalid(file, "the root element is {" + NAMESPACE + "}pipeline, not {" + root.getNamespaceURI() + "}"
                    + root.getLocalName());
        }
        List<Pipeline.Step> steps = new ArrayList<>();
        Elements children = root.getChildElements();
        for (int i = 0; i < children.size(); i++) {
            steps.add(step(file, expect(file, children.get(i), "step")));
        }
        if (steps.isEmpty()) {
            throw invalid(file, "a pipeline has at least one <step stylesheet=\"…\"/>");
        }
        return new Pipeline(steps);
    }

    private static Pipeline.Step step(Path file, Element step) throws IOException {
        String stylesheet = required(file, step, "stylesheet");
        Map<String, String> parameters = new LinkedHashMap<>();
        Elements params = step.getChildElements();
        for (int i = 0; i < params.size(); i++) {
            Element param = expect(file, params.get(i), "param");
            parameters.put(required(file, param, "name"), required(file, param, "value"));
        }
        if (stylesheet.startsWith(BUNDLED)) {
            return new Pipeline.Step(bundled(file, stylesheet), null, parameters);
        }
        Path xsl = file.toAbsolutePath().getParent().resolve(stylesheet).normalize();
        if (!Files.isRegularFile(xsl)) {
            throw invalid(file, "step stylesheet " + stylesheet + " not found (looked for " + xsl + ")");
        }
        return new Pipeline.Step(null, xsl, parameters);
    }

    private static String bundled(Path file, String name) throws IOException {
        String format = name.substring(BUNDLED.length()).toUpperCase(Locale.ROOT);
        if (!List.of("HTML", "TEXT", "FO").contains(format)) {
            throw invalid(file, "teikit's stylesheets are teikit:html, teikit:text and teikit:fo, not " + name);
        }
        return OutputFormat.valueOf(format).stylesheet();
    }

    private static Element expect(Path file, Element element, String name) throws IOException {
        if (!element.getLocalName().equals(name) || !element.getNamespaceURI().equals(NAMESPACE)) {
            throw invalid(file, "<" + element.getQualifiedName() + "> where <" + name + "> was expected");
        }
        return element;
    }

    private static String required(Path file, Element element, String attribute) throws IOException {
        String value = element.getAttributeValue(attribute);
        if (value == null || value.isBlank()) {
            throw invalid(file, "<" + element.getLocalName() + "> needs a " + attribute + " attribute");
        }
        return value.strip();
    }

    private static IOException invalid(Path file, String problem) {
        return new IOException(file + ": not a teikit pipeline: " + problem);
    }
}
