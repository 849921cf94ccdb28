package org.teikit.validate.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.teikit.diag.Diagnostic;
import org.teikit.diag.Severity;
import org.teikit.model.SourcePosition;
import org.teikit.validate.FileReport;
import org.teikit.validate.ValidationReport;

/**
 * The report for GitHub Actions: one workflow command per finding, which GitHub shows as an
 * annotation on the file, {@code ::error file=PATH,line=L,col=C,title=CODE::MESSAGE}
 * ({@code ::warning}, and {@code ::notice} for information). {@code line} and {@code col} are left
 * out when the finding concerns the whole file ({@code col} also when the column is unknown). The
 * message carries the finding's details on further lines. Values are escaped as the Actions toolkit
 * does ({@code escapeData} and {@code escapeProperty} in {@code @actions/core}), so that a message
 * cannot end the command or inject another. Lines end with {@code \n}. Stateless and thread-safe.
 */
public final class GitHubReport implements StreamedReport {
    @Override
    public void writeFile(FileReport file, Writer out) throws IOException {
        for (Diagnostic finding : file.findings()) {
            out.write(command(finding));
            out.write('\n');
        }
    }

    @Override
    public void writeEnd(ValidationReport report, Writer out) {
        // annotations only: GitHub counts them itself
    }

    static String command(Diagnostic finding) {
        SourcePosition position = finding.position();
        List<String> properties = new ArrayList<>(4);
        properties.add("file=" + escapeProperty(position.file()));
        if (position.line() > 0) {
            properties.add("line=" + position.line());
            if (position.column() > 0) {
                properties.add("col=" + position.column());
            }
        }
        properties.add("title=" + escapeProperty(finding.code()));
        List<String> message = new ArrayList<>();
        message.add(finding.message());
        message.addAll(FindingText.details(finding));
        return "::" + commandName(finding.severity()) + " " + String.join(",", properties) + "::"
                + escapeData(String.join("\n", message));
    }

    private static String commandName(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }

    static String escapeData(String value) {
        return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String escapeProperty(String value) {
        return escapeData(value).replace(":", "%3A").replace(",", "%2C");
    }
}
