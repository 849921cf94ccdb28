package org.teikit.validate.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.teikit.diag.Diagnostic;

/** The Jing-like text of one finding, shared by the text, JUnit and GitHub reports so that they read alike. */
final class FindingText {
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private FindingText() {
    }

    /**
     * {@code path:line:col: error: [CODE] message}, then one indented line per detail. Line breaks
     * inside a message or detail are indented too, so that every unindented line starts a finding,
     * as compilation-mode parsers expect. Lines are separated by {@code \n}, with none at the end.
     */
    static String block(Diagnostic finding) {
        List<String> lines = new ArrayList<>();
        lines.add(finding.toString());
        lines.addAll(details(finding));
        return LINE_BREAK.matcher(String.join("\n", lines)).replaceAll("\n  ");
    }

    /** The details a finding has, unindented: {@code in /TEI/…}, {@code hint: …}, {@code see …}, {@code (source: …)}. */
    static List<String> details(Diagnostic finding) {
        List<String> details = new ArrayList<>(4);
        if (finding.elementPath() != null) {
            details.add("in " + finding.elementPath());
        }
        if (finding.hint() != null) {
            details.add("hint: " + finding.hint());
        }
        if (finding.helpUri() != null) {
            details.add("see " + finding.helpUri());
        }
        if (finding.source() != null) {
            details.add("(source: " + finding.source() + ")");
        }
        return details;
    }
}
