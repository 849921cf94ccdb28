package org.teikit.transform;

import java.util.Optional;
import org.teikit.diag.Diagnostic;
import org.teikit.diag.Severity;
import org.teikit.model.SourcePosition;

/**
 * Compares a text with its TEI rendered back to text, up to trailing whitespace on lines and
 * blank lines at the ends: if they differ, something was lost or changed on the way.
 * Code RTR-001. Stateless.
 */
public final class RoundTrip {
    private RoundTrip() {
    }

    public static Optional<Diagnostic> compare(String input, String rendered, String file) {
        String[] a = lines(input);
        String[] b = lines(rendered);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String expected = i < a.length ? a[i] : "(end of text)";
            String actual = i < b.length ? b[i] : "(end of text)";
            if (!expected.equals(actual)) {
                int col = firstDifference(expected, actual);
                return Optional.of(new Diagnostic("RTR-001", Severity.ERROR,
                        "round trip differs: the input reads '" + excerpt(expected, col)
                        + "' where the TEI renders '" + excerpt(actual, col) + "'",
                        new SourcePosition(file, i + 1, col + 1)));
            }
        }
        return Optional.empty();
    }

    private static String[] lines(String text) {
        return text.replaceAll("[ \\t\\u000B]+(?=\\n|$)", "").strip().split("\n", -1);
    }

    private static int firstDifference(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    private static String excerpt(String s, int at) {
        int from = Math.max(0, at - 20);
        int to = Math.min(s.length(), at + 40);
        return (from > 0 ? "…" : "") + s.substring(from, to) + (to < s.length() ? "…" : "");
    }
}
