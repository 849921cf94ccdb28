package org.teikit.validate.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.teikit.diag.Diagnostic;
import org.teikit.model.SourcePosition;
import org.teikit.validate.FileReport;
import org.teikit.validate.ValidationReport;

/**
 * The report for code-scanning tools: a SARIF 2.1.0 log with one run of the tool {@code teikit}.
 * The driver has one rule per distinct finding code, sorted by code; each finding is a result with
 * its {@code ruleId} and {@code ruleIndex}, a level ({@code error}, {@code warning}, {@code note}
 * for information), the message, and a location: the file as a URI reference (relative paths stay
 * relative, with {@code /}; absolute ones become {@code file:} URIs), a region (start line and
 * column, none for the file as a whole) and, when known, the element path as an XML
 * {@code element} logical location. Source schema, hint and help page go into the result's property
 * bag, where SARIF puts producer-specific data. Columns count UTF-16 code units, as the run's
 * {@code columnKind} says. Stateless and thread-safe.
 */
public final class SarifReport implements ReportWriter {
    static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String INFORMATION_URI = "https://github.com/teikit/teikit";
    // RFC 3986 unreserved characters and sub-delimiters, which a path segment may hold unescaped;
    // ':' is escaped, as in a first segment it would read as a URI scheme.
    private static final String SEGMENT_SAFE = "-._~!$&'()*+,;=@";
    private static final String HEX = "0123456789ABCDEF";

    @Override
    public void write(ValidationReport report, Writer out) throws IOException {
        Map<String, Integer> ruleIndex = ruleIndex(report);
        try (JsonGenerator json = JsonOutput.open(out)) {
            json.writeStartObject();
            json.writeStringField("$schema", SCHEMA_URI);
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            writeTool(ruleIndex, json);
            json.writeStringField("columnKind", "utf16CodeUnits");
            json.writeArrayFieldStart("results");
            for (FileReport file : report.files()) {
                for (Diagnostic finding : file.findings()) {
                    writeResult(finding, ruleIndex.get(finding.code()), json);
                }
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
    }

    /** Each distinct code and its place in the sorted rules array. */
    private static Map<String, Integer> ruleIndex(ValidationReport report) {
        Map<String, Integer> index = new LinkedHashMap<>();
        report.files().stream().flatMap(f -> f.findings().stream()).map(Diagnostic::code).distinct().sorted()
                .forEach(code -> index.put(code, index.size()));
        return index;
    }

    private static void writeTool(Map<String, Integer> ruleIndex, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("tool");
        json.writeObjectFieldStart("driver");
        json.writeStringField("name", "teikit");
        json.writeStringField("informationUri", INFORMATION_URI);
        json.writeArrayFieldStart("rules");
        for (String code : ruleIndex.keySet()) {
            json.writeStartObject();
            json.writeStringField("id", code);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeResult(Diagnostic finding, int ruleIndex, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", finding.code());
        json.writeNumberField("ruleIndex", ruleIndex);
        json.writeStringField("level", level(finding));
        json.writeObjectFieldStart("message");
        json.writeStringField("text", finding.message());
        json.writeEndObject();
        json.writeArrayFieldStart("locations");
        writeLocation(finding, json);
        json.writeEndArray();
        if (finding.source() != null || finding.hint() != null || finding.helpUri() != null) {
            json.writeObjectFieldStart("properties");
            JsonOutput.optionalField(json, "source", finding.source());
            JsonOutput.optionalField(json, "hint", finding.hint());
            JsonOutput.optionalField(json, "helpUri", finding.helpUri());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static String level(Diagnostic finding) {
        return switch (finding.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static void writeLocation(Diagnostic finding, JsonGenerator json) throws IOException {
        SourcePosition position = finding.position();
        json.writeStartObject();
        json.writeObjectFieldStart("physicalLocation");
        json.writeObjectFieldStart("artifactLocation");
        json.writeStringField("uri", uri(position.file()));
        json.writeEndObject();
        if (position.line() > 0) {
            json.writeObjectFieldStart("region");
            json.writeNumberField("startLine", position.line());
            if (position.column() > 0) {
                json.writeNumberField("startColumn", position.column());
            }
            json.writeEndObject();
        }
        json.writeEndObject();
        if (finding.elementPath() != null) {
            json.writeArrayFieldStart("logicalLocations");
            json.writeStartObject();
            json.writeStringField("fullyQualifiedName", finding.elementPath());
            json.writeStringField("kind", "element");
            json.writeEndObject();
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    /** A relative path as a relative URI reference with {@code /}; an absolute one as a {@code file:} URI. */
    static String uri(String file) {
        Path path = Path.of(file);
        if (path.isAbsolute()) {
            return path.toUri().toASCIIString();
        }
        StringJoiner uri = new StringJoiner("/");
        for (Path segment : path) {
            uri.add(percentEncoded(segment.toString()));
        }
        return uri.toString();
    }

    private static String percentEncoded(String segment) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || SEGMENT_SAFE.indexOf(c) >= 0)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xf));
            }
        }
        return encoded.toString();
    }
}
