package org.teikit.validate.report;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.teikit.diag.Diagnostic;
import org.teikit.diag.Severity;
import org.teikit.validate.FileReport;
import org.teikit.validate.ValidationReport;

/**
 * The report for CI servers: JUnit XML with one test suite, {@code teikit validate}, and one test
 * case per file, named by its path. A file with errors fails: its test case holds one
 * {@code <failure type="invalid">} whose text lists all the file's findings as the text report does.
 * Warnings and notes of all files go to the suite's {@code <system-out>}.
 *
 * <p>The document is valid against both schemas CI tools name, Ant's strict {@code JUnit.xsd} and
 * Jenkins' {@code junit-10.xsd}. That decides its shape: {@code <testsuites>} has no attributes and
 * output sits at suite level (JUnit.xsd allows neither otherwise), and the suite has the attributes
 * and elements JUnit.xsd requires: {@code timestamp}, {@code hostname="localhost"} (its documented
 * value when the host is unknown, and the host is no part of the result), {@code package},
 * {@code id}, {@code <properties/>} and an empty {@code <system-err/>}. Times are seconds with three
 * decimals. Stateless and thread-safe.
 */
public final class JUnitReport implements ReportWriter {
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final String timestamp;

    /**
     * A report stamped with the epoch, {@code 1970-01-01T00:00:00}: JUnit.xsd requires a timestamp,
     * and teikit writes no wall-clock time unless asked.
     */
    public JUnitReport() {
        this(Instant.EPOCH);
    }

    /** A report stamped with the given time (e.g. {@code SOURCE_DATE_EPOCH}), in UTC without zone as JUnit.xsd wants. */
    public JUnitReport(Instant timestamp) {
        this.timestamp = TIMESTAMP.format(timestamp);
    }

    @Override
    public void write(ValidationReport report, Writer out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            indent(xml, 0);
            xml.writeStartElement("testsuites");
            writeSuite(report, xml);
            indent(xml, 0);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException("cannot write JUnit XML", e);
        }
        out.write('\n');
    }

    private void writeSuite(ValidationReport report, XMLStreamWriter xml) throws XMLStreamException {
        indent(xml, 1);
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", "teikit validate");
        xml.writeAttribute("tests", Integer.toString(report.files().size()));
        xml.writeAttribute("failures", Long.toString(report.failedFiles(Severity.ERROR)));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", "0");
        xml.writeAttribute("time", seconds(report.files().stream().mapToLong(FileReport::millis).sum()));
        xml.writeAttribute("timestamp", timestamp);
        xml.writeAttribute("hostname", "localhost");
        xml.writeAttribute("package", "teikit");
        xml.writeAttribute("id", "0");
        indent(xml, 2);
        xml.writeEmptyElement("properties");
        for (FileReport file : report.files()) {
            writeCase(file, xml);
        }
        indent(xml, 2);
        xml.writeStartElement("system-out");
        xml.writeCharacters(text(report.files().stream().flatMap(f -> f.findings().stream())
                .filter(d -> d.severity() != Severity.ERROR).toList()));
        xml.writeEndElement();
        indent(xml, 2);
        xml.writeEmptyElement("system-err");
        indent(xml, 1);
        xml.writeEndElement();
    }

    private static void writeCase(FileReport file, XMLStreamWriter xml) throws XMLStreamException {
        long errors = file.count(Severity.ERROR);
        indent(xml, 2);
        if (errors == 0) {
            xml.writeEmptyElement("testcase");
            writeCaseAttributes(file, xml);
            return;
        }
        xml.writeStartElement("testcase");
        writeCaseAttributes(file, xml);
        indent(xml, 3);
        xml.writeStartElement("failure");
        xml.writeAttribute("message", TextReport.counted(errors, "error"));
        xml.writeAttribute("type", "invalid");
        xml.writeCharacters(text(file.findings()));
        xml.writeEndElement();
        indent(xml, 2);
        xml.writeEndElement();
    }

    private static void writeCaseAttributes(FileReport file, XMLStreamWriter xml) throws XMLStreamException {
        xml.writeAttribute("classname", "teikit.validate");
        xml.writeAttribute("name", xmlSafe(file.path()));
        xml.writeAttribute("time", seconds(file.millis()));
    }

    private static String text(List<Diagnostic> findings) {
        StringBuilder text = new StringBuilder();
        for (Diagnostic finding : findings) {
            text.append(FindingText.block(finding)).append('\n');
        }
        return xmlSafe(text.toString());
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%d.%03d", millis / 1000, millis % 1000);
    }

    /**
     * XML 1.0 cannot carry most control characters or a lone surrogate, not even as a character
     * reference; they are written as {@code \}{@code uXXXX} so that the document stays well-formed and
     * nothing is lost.
     */
    static String xmlSafe(String value) {
        StringBuilder safe = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            if (c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000) {
                safe.appendCodePoint(c);
            } else {
                safe.append(String.format(Locale.ROOT, "\\u%04X", c));
            }
        });
        return safe.toString();
    }

    // Line breaks between elements only: JUnit.xsd and junit-10.xsd give every element here
    // element-only or text content, so the whitespace changes no value.
    private static void indent(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
