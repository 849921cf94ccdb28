package org.teikit.validate.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.teikit.diag.Diagnostic;
import org.teikit.diag.Severity;
import org.teikit.model.SourcePosition;
import org.teikit.validate.FileReport;
import org.teikit.validate.ValidationReport;

/**
 * A report built by hand that gives every formatter its hard cases: a valid file, a file with errors,
 * a warning and a note, a finding without position, a column-less line, and text with quotes,
 * {@code <}, {@code &}, {@code %}, commas, colons, line breaks, a control character and non-ASCII.
 * Four files: two valid, two invalid; three errors, two warnings, one note.
 */
final class SampleReport {
    static final String VALID = "letters/valid.xml";
    static final String BRIEF = "letters/brief-ä 2.xml";
    static final String ODD = "odd,name:100%.xml";
    static final String ABSOLUTE = Path.of("abs.xml").toAbsolutePath().toString();

    static final Diagnostic NOT_ALLOWED = new Diagnostic("RNG-001", Severity.ERROR,
            "element \"persname\" not allowed here; expected <persName> & <placeName>", new SourcePosition(BRIEF, 3, 5))
            .withDetails("tei_all.rng", "/TEI/text/body/div[1]/p[3]", "did you mean \"persName\"?",
                    "https://tei-c.org/release/doc/tei-p5-doc/en/html/ref-persName.html");
    static final Diagnostic BAD_DATE = new Diagnostic("SCH-date", Severity.WARNING,
            "date \"1981-13-01\" is no date:\nmonth 13 > 12", new SourcePosition(BRIEF, 7, 1)).withDetails("frus.sch", null, null, null);
    static final Diagnostic NO_SCHEMA = new Diagnostic("VAL-002", Severity.ERROR,
            "no xml-model, 100% sure?\r\nschema: none", SourcePosition.of(BRIEF));
    static final Diagnostic GREETING = new Diagnostic("CNV-010", Severity.INFO,
            "Grüße, Straße: ümlaut", new SourcePosition(BRIEF, 9, 0));
    static final Diagnostic ODD_WARNING = new Diagnostic("RNG-003", Severity.WARNING,
            "attribute 'n' is empty", new SourcePosition(ODD, 2, 3));
    static final Diagnostic CONTROL = new Diagnostic("RNG-001", Severity.ERROR,
            "bad character \u0007 in <p>", new SourcePosition(ABSOLUTE, 1, 1));

    static final ValidationReport REPORT = new ValidationReport(List.of(
            new FileReport(VALID, List.of("tei_all.rng"), List.of(), 12),
            new FileReport(BRIEF, List.of("tei_all.rng", "frus.sch"), List.of(NOT_ALLOWED, BAD_DATE, NO_SCHEMA, GREETING), 1234),
            new FileReport(ODD, List.of("tei_all.rng"), List.of(ODD_WARNING), 5),
            new FileReport(ABSOLUTE, List.of("tei_all.rng"), List.of(CONTROL), 0)));

    private SampleReport() {
    }

    static String write(ReportWriter writer, ValidationReport report) {
        StringWriter out = new StringWriter();
        try {
            writer.write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String write(ReportFormat format) {
        return write(format.writer(), REPORT);
    }
}
