package org.teikit.validate.report;

import java.io.IOException;
import java.io.Writer;
import org.teikit.validate.FileReport;
import org.teikit.validate.ValidationReport;

/**
 * A report that can be written while the run goes on: each file's part as soon as the file is done
 * (in input order), then the end once every file is. A long run then shows its first findings at
 * once, and the report is never held back in memory. {@link #write} is the two in turn.
 */
public interface StreamedReport extends ReportWriter {
    void writeFile(FileReport file, Writer out) throws IOException;

    void writeEnd(ValidationReport report, Writer out) throws IOException;

    @Override
    default void write(ValidationReport report, Writer out) throws IOException {
        for (FileReport file : report.files()) {
            writeFile(file, out);
        }
        writeEnd(report, out);
    }
}
