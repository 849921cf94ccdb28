package org.teikit.validate.report;

import java.io.IOException;
import java.io.Writer;
import org.teikit.diag.Diagnostic;
import org.teikit.diag.Severity;
import org.teikit.validate.FileReport;
import org.teikit.validate.ValidationReport;

/**
 * The report for people and editors: each finding as Jing prints it,
 * {@code path:line:col: error: [CODE] message} ({@code path: error: …} for the file as a whole),
 * followed by its details indented by two spaces, then one summary line such as
 * {@code 4 files: 2 valid, 2 invalid; 3 errors, 2 warnings}. A file is valid when it has no error.
 * Lines end with {@code \n} on every platform. Stateless and thread-safe.
 */
public final class TextReport implements StreamedReport {
    @Override
    public void writeFile(FileReport file, Writer out) throws IOException {
        for (Diagnostic finding : file.findings()) {
            out.write(FindingText.block(finding));
            out.write('\n');
        }
    }

    @Override
    public void writeEnd(ValidationReport report, Writer out) throws IOException {
        out.write(summary(report));
        out.write('\n');
    }

    static String summary(ValidationReport report) {
        int files = report.files().size();
        long invalid = report.failedFiles(Severity.ERROR);
        return counted(files, "file") + ": " + (files - invalid) + " valid, " + invalid + " invalid; "
                + counted(report.count(Severity.ERROR), "error") + ", " + counted(report.count(Severity.WARNING), "warning");
    }

    static String counted(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
