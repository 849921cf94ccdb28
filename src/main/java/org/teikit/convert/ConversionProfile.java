package org.teikit.convert;

import java.io.IOException;
import java.io.Reader;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The transcription conventions of an input: how page markers, footnote markers and the note list
 * are written. The default is the FRUS web-text convention ({@code [Page 12]}, digits glued to the
 * word they follow, notes listed at the end as {@code "  1. text"}). Immutable.
 *
 * <p>{@code pageMarker} has a group named {@code n} for the page number; {@code noteMarker} a group
 * {@code n} for explicit markers ({@code [1]}, {@code ^1}), or is null for FRUS-style bare digits glued
 * to the preceding word; {@code noteListLine} matches one line of the note list, groups {@code n} and
 * {@code text}.
 */
public final class ConversionProfile {
    public static final ConversionProfile FRUS = new ConversionProfile(
            Pattern.compile("\\[Page (?<n>[0-9]+[a-z]?|[ivxlcdmIVXLCDM]+)\\]"),
            null,
            Pattern.compile("^[ \\t]+(?<n>\\d{1,4})\\.[ \\t]+(?<text>.*)$"));

    private final Pattern pageMarker;
    private final Pattern noteMarker;
    private final Pattern noteListLine;
    /** The literal text every page marker starts with, to skip the regex on most lines. */
    private final String pageMarkerPrefix;

    public ConversionProfile(Pattern pageMarker, Pattern noteMarker, Pattern noteListLine) {
        requireGroup(pageMarker, "n", "page marker");
        if (noteMarker != null) {
            requireGroup(noteMarker, "n", "note marker");
        }
        requireGroup(noteListLine, "n", "note list line");
        requireGroup(noteListLine, "text", "note list line");
        this.pageMarker = pageMarker;
        this.noteMarker = noteMarker;
        this.noteListLine = noteListLine;
        this.pageMarkerPrefix = literalPrefix(pageMarker.pattern());
    }

    public Pattern pageMarker() {
        return pageMarker;
    }

    public Pattern noteMarker() {
        return noteMarker;
    }

    public Pattern noteListLine() {
        return noteListLine;
    }

    /**
     * Whether {@code text} may hold a page marker: false when the text lacks the literal start of
     * the page-marker pattern ({@code "[Page "} by default), which is far cheaper than a regex scan.
     */
    public boolean mayHavePageMarker(String text) {
        return pageMarkerPrefix.isEmpty() || text.contains(pageMarkerPrefix);
    }

    /**
     * How a page marker is written back, as the text before and after the number ({@code "[Page "},
     * {@code "]"}); empty when the pattern is more than literal text around its group {@code n}.
     */
    public Optional<MarkerFormat> pageMarkerFormat() {
        return MarkerFormat.of(pageMarker.pattern());
    }

    /** How a note marker is written back; FRUS markers are the bare number. */
    public Optional<MarkerFormat> noteMarkerFormat() {
        return noteMarker == null ? Optional.of(new MarkerFormat("", "")) : MarkerFormat.of(noteMarker.pattern());
    }

    /** A marker as literal text around its number. */
    public record MarkerFormat(String before, String after) {
        static Optional<MarkerFormat> of(String regex) {
            int group = regex.indexOf("(?<n>");
            int end = group < 0 ? -1 : groupEnd(regex, group);
            if (end < 0) {
                return Optional.empty();
            }
            String before = regex.substring(0, group);
            String after = regex.substring(end + 1);
            String literalBefore = literalPrefix(before);
            String literalAfter = literalPrefix(after);
            // the parts must be literal through and through: compare with what the prefix consumed
            if (!Pattern.matches(Pattern.quote(literalBefore), unescape(before))
                    || !Pattern.matches(Pattern.quote(literalAfter), unescape(after))) {
                return Optional.empty();
            }
            return Optional.of(new MarkerFormat(literalBefore, literalAfter));
        }

        private static String unescape(String regex) {
            return regex.replaceAll("\\\\(.)", "$1");
        }

        private static int groupEnd(String regex, int open) {
            int depth = 0;
            for (int i = open; i < regex.length(); i++) {
                char c = regex.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth == 0) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** The characters every match of a pattern begins with: its leading literals, escapes resolved. */
    static String literalPrefix(String regex) {
        StringBuilder prefix = new StringBuilder();
        int i = 0;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            int next;
            char literal;
            if (c == '\\' && i + 1 < regex.length() && "[]().|^$*+?{}\\/".indexOf(regex.charAt(i + 1)) >= 0) {
                literal = regex.charAt(i + 1);
                next = i + 2;
            } else if (Character.isLetterOrDigit(c) || " ,:;-_'\"".indexOf(c) >= 0) {
                literal = c;
                next = i + 1;
            } else {
                break;
            }
            if (next < regex.length() && "*?{".indexOf(regex.charAt(next)) >= 0) {
                break; // a quantifier makes this literal optional
            }
            prefix.append(literal);
            i = next;
        }
        return prefix.toString();
    }

    public ConversionProfile withPageMarker(String regex) {
        return new ConversionProfile(compile(regex, "page marker"), noteMarker, noteListLine);
    }

    public ConversionProfile withNoteMarker(String regex) {
        return new ConversionProfile(pageMarker, compile(regex, "note marker"), noteListLine);
    }

    public ConversionProfile withNoteListLine(String regex) {
        return new ConversionProfile(pageMarker, noteMarker, compile(regex, "note list line"));
    }

    /**
     * Reads {@code page.marker}, {@code note.marker} and {@code note.list} (regular expressions)
     * over this profile's values.
     */
    public ConversionProfile overriddenBy(Reader properties) throws IOException {
        Properties p = new Properties();
        p.load(properties);
        ConversionProfile result = this;
        if (p.getProperty("page.marker") != null) {
            result = result.withPageMarker(p.getProperty("page.marker"));
        }
        if (p.getProperty("note.marker") != null) {
            result = result.withNoteMarker(p.getProperty("note.marker"));
        }
        if (p.getProperty("note.list") != null) {
            result = result.withNoteListLine(p.getProperty("note.list"));
        }
        return result;
    }

    private static Pattern compile(String regex, String what) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("invalid " + what + " pattern: " + e.getDescription() + " in " + regex, e);
        }
    }

    private static void requireGroup(Pattern pattern, String group, String what) {
        if (!pattern.pattern().contains("(?<" + group + ">")) {
            throw new IllegalArgumentException(what + " pattern needs a group named '" + group + "': " + pattern);
        }
    }
}
