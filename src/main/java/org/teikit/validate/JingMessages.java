package org.teikit.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes Jing's messages more useful without changing what they say: long lists of expected names
 * are collapsed, a misspelt element or attribute name gets a "did you mean", and TEI elements get
 * the address of their page in the Guidelines. Stateless.
 */
final class JingMessages {
    private static final int SHOWN = 8;
    private static final Pattern NOT_ALLOWED = Pattern.compile("^(element|attribute) \"([^\"]+)\" not allowed");
    /** The list of names after "expected", wherever it starts ("expected the element end-tag, text or element ..."). */
    private static final Pattern EXPECTED = Pattern.compile("expected [^\"]*(\".+)$");
    private static final Pattern NAME = Pattern.compile("\"([^\"]+)\"");
    static final String GUIDELINES = "https://tei-c.org/release/doc/tei-p5-doc/en/html/ref-%s.html";

    /** The message with its expected list collapsed to the first few names. */
    static String collapse(String message) {
        Matcher m = EXPECTED.matcher(message);
        if (!m.find()) {
            return message;
        }
        List<String> names = names(m.group(1));
        if (names.size() <= SHOWN) {
            return message;
        }
        String shown = String.join(", ", names.subList(0, SHOWN).stream().map(n -> '"' + n + '"').toList());
        return message.substring(0, m.start(1)) + shown + " and " + (names.size() - SHOWN) + " more";
    }

    /** "did you mean "persName"?" when the name not allowed is close to one that is expected. */
    static String hint(String message) {
        Matcher bad = NOT_ALLOWED.matcher(message);
        Matcher expected = EXPECTED.matcher(message);
        if (!bad.find() || !expected.find()) {
            return null;
        }
        String wrong = local(bad.group(2));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : names(expected.group(1))) {
            int d = distance(wrong.toLowerCase(Locale.ROOT), local(candidate).toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        int allowed = Math.max(1, wrong.length() / 3);
        return best != null && bestDistance <= allowed && !best.equals(bad.group(2)) ? "did you mean \"" + best + "\"?" : null;
    }

    static String guidelinesPage(String elementName) {
        return elementName == null || elementName.contains(":") ? null : String.format(GUIDELINES, elementName);
    }

    private static List<String> names(String list) {
        List<String> names = new ArrayList<>();
        Matcher m = NAME.matcher(list);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static String local(String qName) {
        return qName.substring(qName.indexOf(':') + 1);
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
