package org.teikit.validate.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import org.teikit.diag.Diagnostic;
import org.teikit.diag.Severity;
import org.teikit.validate.FileReport;
import org.teikit.validate.ValidationReport;

/**
 * The report for scripts: one JSON object, pretty-printed, with {@code findings} (files in input
 * order, findings in document order) and {@code summary}. A finding has, in this order,
 * {@code file, line, column, severity, code, message, source, elementPath, hint, helpUri}; the last
 * four appear only when known, and {@code line} 0 means the file as a whole, as in the model.
 * {@code summary} has {@code files, valid, invalid, errors, warnings, infos}, where a file is valid
 * when it has no error. Stateless and thread-safe.
 */
public final class JsonReport implements ReportWriter {
    @Override
    public void write(ValidationReport report, Writer out) throws IOException {
        try (JsonGenerator json = JsonOutput.open(out)) {
            json.writeStartObject();
            json.writeArrayFieldStart("findings");
            for (FileReport file : report.files()) {
                for (Diagnostic finding : file.findings()) {
                    writeFinding(finding, json);
                }
            }
            json.writeEndArray();
            writeSummary(report, json);
            json.writeEndObject();
        }
        out.write('\n');
    }

    private static void writeFinding(Diagnostic finding, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("file", finding.position().file());
        json.writeNumberField("line", finding.position().line());
        json.writeNumberField("column", finding.position().column());
        json.writeStringField("severity", finding.severity().label());
        json.writeStringField("code", finding.code());
        json.writeStringField("message", finding.message());
        JsonOutput.optionalField(json, "source", finding.source());
        JsonOutput.optionalField(json, "elementPath", finding.elementPath());
        JsonOutput.optionalField(json, "hint", finding.hint());
        JsonOutput.optionalField(json, "helpUri", finding.helpUri());
        json.writeEndObject();
    }

    private static void writeSummary(ValidationReport report, JsonGenerator json) throws IOException {
        int files = report.files().size();
        long invalid = report.failedFiles(Severity.ERROR);
        json.writeObjectFieldStart("summary");
        json.writeNumberField("files", files);
        json.writeNumberField("valid", files - invalid);
        json.writeNumberField("invalid", invalid);
        json.writeNumberField("errors", report.count(Severity.ERROR));
        json.writeNumberField("warnings", report.count(Severity.WARNING));
        json.writeNumberField("infos", report.count(Severity.INFO));
        json.writeEndObject();
    }
}
