package org.teikit.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.teikit.model.Footnote;
import org.teikit.model.Inline;
import org.teikit.model.SourcePosition;

/**
 * Turns one line of text into inlines: page markers become page breaks, footnote markers (already
 * located) become note anchors, references to documents of the series become references, the rest
 * stays text character for character. Stateless and thread-safe.
 */
final class InlineParser {
    /** {@code Document 246}, {@code footnote 3, Document 236}. */
    private static final Pattern REFERENCE = Pattern.compile(
            "(?:\\b[Ff]ootnote (?<fn>\\d{1,3}), )?\\bDocument (?<doc>\\d{1,4})\\b");

    private static final String DOCUMENT = "Document ";
    /** The longest "footnote 123, " that can stand before "Document". */
    private static final int FOOTNOTE_PREFIX_MAX = "footnote 123, ".length();

    /** A located footnote marker inside the line: columns [start, end) are removed. */
    record Anchor(int start, int end, Footnote note) {
    }

    private final ConversionProfile profile;

    InlineParser(ConversionProfile profile) {
        this.profile = profile;
    }

    List<Inline> parse(String text, List<Anchor> anchors, SourcePosition lineStart) {
        List<Inline> out = new ArrayList<>();
        if (anchors.isEmpty() && !profile.mayHavePageMarker(text)) {
            addText(out, text);
            return out;
        }
        Matcher page = profile.pageMarker().matcher(text);
        int pos = 0;
        int anchorIndex = 0;
        boolean pageFound = page.find();
        while (true) {
            int nextAnchor = anchorIndex < anchors.size() ? anchors.get(anchorIndex).start() : Integer.MAX_VALUE;
            int nextPage = pageFound ? page.start() : Integer.MAX_VALUE;
            if (nextAnchor == Integer.MAX_VALUE && nextPage == Integer.MAX_VALUE) {
                break;
            }
            if (nextAnchor < nextPage) {
                Anchor a = anchors.get(anchorIndex++);
                addText(out, text.substring(pos, a.start()));
                out.add(new Inline.NoteAnchor(a.note()));
                pos = a.end();
            } else {
                addText(out, text.substring(pos, page.start()));
                out.add(new Inline.PageBreak(page.group("n"), lineStart.atColumn(lineStart.column() + page.start())));
                pos = page.end();
                pageFound = page.find();
            }
        }
        addText(out, text.substring(pos));
        return out;
    }

    /** Parses a whole line without footnote markers (note texts, labels, cells). */
    List<Inline> parse(String text, SourcePosition lineStart) {
        return parse(text, List.of(), lineStart);
    }

    private static void addText(List<Inline> out, String s) {
        if (s.isEmpty()) {
            return;
        }
        int pos = 0;
        // "Document " is found by a plain search; the pattern then only runs where it stands
        for (int at = s.indexOf(DOCUMENT); at >= 0; at = s.indexOf(DOCUMENT, at + 1)) {
            if (at < pos) {
                continue;
            }
            int from = Math.max(pos, at - FOOTNOTE_PREFIX_MAX);
            Matcher ref = REFERENCE.matcher(s).region(from, s.length());
            if (!ref.find() || ref.end("doc") <= at) {
                continue;
            }
            if (ref.start() > pos) {
                out.add(new Inline.Text(s.substring(pos, ref.start())));
            }
            String target = "#d" + ref.group("doc") + (ref.group("fn") == null ? "" : "fn" + ref.group("fn"));
            out.add(new Inline.Reference(target, ref.group()));
            pos = ref.end();
        }
        if (pos < s.length()) {
            out.add(new Inline.Text(s.substring(pos)));
        }
    }
}
