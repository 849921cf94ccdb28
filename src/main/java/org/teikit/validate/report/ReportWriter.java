package org.teikit.validate.report;

import java.io.IOException;
import java.io.Writer;
import org.teikit.validate.ValidationReport;

/**
 * Writes a {@link ValidationReport} in one report format. Implementations are stateless and
 * thread-safe: one instance serves any number of threads. The output depends on the report only
 * (no wall-clock time, no host name), so the same report gives the same characters. The caller owns
 * {@code out}: it is not closed, and it should encode UTF-8, which the XML declaration of the JUnit
 * report names.
 */
public interface ReportWriter {
    void write(ValidationReport report, Writer out) throws IOException;
}
