package org.teikit.validate.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats {@code teikit validate --report} writes, each with the shared writer for it. */
public enum ReportFormat {
    /** {@code path:line:col: error: [CODE] message}, as Jing and compilers print, and a summary line. */
    TEXT(new TextReport()),
    /** One JSON object: the findings and a summary. */
    JSON(new JsonReport()),
    /** JUnit XML, one test case per file, for CI servers. */
    JUNIT(new JUnitReport()),
    /** SARIF 2.1.0, for code-scanning tools. */
    SARIF(new SarifReport()),
    /** GitHub Actions workflow commands, which GitHub shows as annotations. */
    GITHUB(new GitHubReport());

    private final ReportWriter writer;

    ReportFormat(ReportWriter writer) {
        this.writer = writer;
    }

    /** The name on the command line: {@code text}, {@code json}, {@code junit}, {@code sarif}, {@code github}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The writer for this format; writers are stateless, so one instance is shared. */
    public ReportWriter writer() {
        return writer;
    }

    /** The format with the given command-line name, or an exception that lists the names. */
    public static ReportFormat ofCliName(String name) {
        return Arrays.stream(values()).filter(f -> f.cliName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown report format \"" + name + "\"; expected one of "
                        + Arrays.stream(values()).map(ReportFormat::cliName).collect(Collectors.joining(", "))));
    }
}
