package org.teikit.convert;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.teikit.diag.Diagnostics;
import org.teikit.diag.Severity;
import org.teikit.model.Block;
import org.teikit.model.Correspondence;
import org.teikit.model.Footnote;
import org.teikit.model.Inline;
import org.teikit.model.SourcePosition;
import org.teikit.model.TeiDocument;

/**
 * Converts one archival document typed as plain text into TEI, in small stages: lines → heading,
 * body and note list → located note markers → classified blocks → model → TEI tree. Immutable and
 * thread-safe: one instance serves any number of documents and threads.
 *
 * <p>Diagnostic codes: CNV-001 empty input, CNV-002 no heading, CNV-003 gap or disorder in the note
 * list, CNV-004 a note whose marker was not found, CNV-005 markers numbered from 0, CNV-006 a page
 * number given twice, CNV-007 a control character that XML cannot hold.
 */
public final class PlainTextConverter {
    private final ConvertOptions options;
    private final HeadingParser headings = new HeadingParser();

    public PlainTextConverter(ConvertOptions options) {
        this.options = options;
    }

    /**
     * @param text     the decoded text (see {@link org.teikit.io.TextDecoder})
     * @param fileName the name used in positions and, without heading, for the title and id
     */
    public Conversion convert(String text, String fileName) {
        Diagnostics diagnostics = new Diagnostics();
        List<SourceLine> lines = lines(text, fileName, diagnostics);
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        if (first == lines.size()) {
            diagnostics.error("CNV-001", new SourcePosition(fileName, 1, 1), "empty input: there is no text to convert");
            return new Conversion(null, null, diagnostics.list());
        }
        SourceLine headingLine = lines.get(first);
        Matcher numbered = HeadingParser.NUMBERED.matcher(headingLine.text());
        boolean hasHeading = numbered.matches();
        if (!hasHeading) {
            diagnostics.warn("CNV-002", new SourcePosition(fileName, headingLine.number(), 1),
                    "no heading: the first line should read 'NNN. Title' (document number, dot, title); found '"
                    + abbreviate(headingLine.text()) + "'");
        }
        List<SourceLine> rest = lines.subList(hasHeading ? first + 1 : first, lines.size());
        NoteListReader.Result split = new NoteListReader(options.profile()).split(rest);
        checkNoteList(split.entries(), fileName, diagnostics);

        List<List<SourceLine>> rawBlocks = blocks(split.body());
        List<SourceLine> markerLines = new ArrayList<>();
        if (hasHeading) {
            markerLines.add(headingLine);
        }
        rawBlocks.forEach(markerLines::addAll);
        List<Integer> listNumbers = split.entries().stream().map(NoteListReader.Entry::listNumber).toList();
        FootnoteMarkerLocator.Placement placement = new FootnoteMarkerLocator(options.profile())
                .locate(markerLines.stream().map(SourceLine::text).toList(), listNumbers);
        InlineParser inlineParser = new InlineParser(options.profile());
        Map<Integer, List<InlineParser.Anchor>> anchorsByLine = new HashMap<>();
        List<Footnote> notes = footnotes(split.entries(), placement, hasHeading, inlineParser, fileName, anchorsByLine,
                diagnostics);
        if (placement.shift() != 0) {
            diagnostics.report("CNV-005", Severity.INFO,
                    new SourcePosition(fileName, split.entries().get(0).line(), 1),
                    "note markers in the text are numbered from 0 while the note list starts at 1 (source note 0)");
        }

        int lineIndex = hasHeading ? 1 : 0;
        List<RawBlock> blocks = new ArrayList<>();
        for (List<SourceLine> raw : rawBlocks) {
            List<RawBlock.Line> blockLines = new ArrayList<>();
            for (SourceLine line : raw) {
                blockLines.add(new RawBlock.Line(line, anchorsByLine.getOrDefault(lineIndex++, List.of())));
            }
            blocks.add(new RawBlock(blockLines));
        }
        BlockClassifier classifier = new BlockClassifier(options.profile(), fileName);
        List<Block> body = classifier.classify(blocks);
        checkPageNumbers(body, diagnostics);

        String number = hasHeading ? numbered.group("n") : null;
        List<Inline> heading = null;
        String title = stem(fileName);
        if (hasHeading) {
            // older volumes print no number in the heading (the web text adds it); their mark is the file citation
            boolean numberInHeading = body.isEmpty() || !(body.get(0) instanceof Block.FileCitation);
            heading = classifier.lineInlines(new RawBlock.Line(headingLine, anchorsByLine.getOrDefault(0, List.of())),
                    numberInHeading ? 0 : numbered.start("title"));
            String titleText = withoutMarkers(headingLine.text(), anchorsByLine.getOrDefault(0, List.of()))
                    .substring(numbered.start("title"));
            title = options.profile().pageMarker().matcher(titleText).replaceAll("").strip().replaceAll("\\s{2,}", " ");
        }
        Correspondence correspondence = headings.correspondence(title);
        // an XML name whatever the file is called: ASCII letters, digits, '.', '_', '-' after the 'd'
        String id = number != null ? "d" + number : "d" + stem(fileName).replaceAll("[^A-Za-z0-9._-]", "_");
        TeiDocument model = new TeiDocument(id, number, heading, title, correspondence.kind(), correspondence,
                firstDateline(body), body, notes, options.metadata());
        return new Conversion(model, new TeiWriter(options.flavor(), model).write(), diagnostics.list());
    }

    private static List<SourceLine> lines(String text, String fileName, Diagnostics diagnostics) {
        String[] parts = text.split("\n", -1);
        List<SourceLine> lines = new ArrayList<>(parts.length);
        for (int i = 0; i < parts.length; i++) {
            lines.add(new SourceLine(i + 1, withoutXmlIllegalCharacters(stripTrailingSpaces(parts[i]), fileName, i + 1,
                    diagnostics)));
        }
        return lines;
    }

    /**
     * XML 1.0 cannot hold control characters other than tab and line ends, nor U+FFFE/U+FFFF, even
     * as character references: each is replaced by U+FFFD and reported, so that the output stays XML.
     */
    private static String withoutXmlIllegalCharacters(String line, String fileName, int lineNumber,
            Diagnostics diagnostics) {
        StringBuilder cleaned = null;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c < 0x20 && c != '\t' || c == '\uFFFE' || c == '\uFFFF') {
                if (cleaned == null) {
                    cleaned = new StringBuilder(line);
                }
                cleaned.setCharAt(i, '\uFFFD');
                diagnostics.warn("CNV-007", new SourcePosition(fileName, lineNumber, i + 1), String.format(
                        "control character U+%04X cannot stand in XML; replaced by U+FFFD", (int) c));
            }
        }
        return cleaned == null ? line : cleaned.toString();
    }

    /** Trailing spaces are noise of copying; trailing tabs may delimit empty table cells. */
    private static String stripTrailingSpaces(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\u000B')) {
            end--;
        }
        return line.substring(0, end);
    }

    private static List<List<SourceLine>> blocks(List<SourceLine> lines) {
        List<List<SourceLine>> blocks = new ArrayList<>();
        List<SourceLine> current = new ArrayList<>();
        for (SourceLine line : lines) {
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    blocks.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            blocks.add(current);
        }
        return blocks;
    }

    private List<Footnote> footnotes(List<NoteListReader.Entry> entries, FootnoteMarkerLocator.Placement placement,
            boolean hasHeading, InlineParser inlineParser, String fileName,
            Map<Integer, List<InlineParser.Anchor>> anchorsByLine, Diagnostics diagnostics) {
        List<Footnote> notes = new ArrayList<>();
        for (int k = 0; k < entries.size(); k++) {
            NoteListReader.Entry entry = entries.get(k);
            SourcePosition at = new SourcePosition(fileName, entry.line(), entry.textColumn());
            List<Inline> content = inlineParser.parse(entry.text(), at);
            MarkerPlace place = placement.places()[k];
            if (place == null) {
                int n = entry.listNumber() + placement.shift();
                notes.add(new Footnote(n, entry.listNumber(), false, false, content, at));
                diagnostics.warn("CNV-004", at.atColumn(1), "note " + entry.listNumber()
                        + ": its marker was not found in the text; the note is kept at the end of the document"
                        + " with anchored=\"false\"");
                continue;
            }
            Footnote note = new Footnote(place.number(), entry.listNumber(), hasHeading && place.lineIndex() == 0, true,
                    content, at);
            notes.add(note);
            anchorsByLine.computeIfAbsent(place.lineIndex(), i -> new ArrayList<>())
                    .add(new InlineParser.Anchor(place.start(), place.end(), note));
        }
        return notes;
    }

    private static void checkNoteList(List<NoteListReader.Entry> entries, String fileName, Diagnostics diagnostics) {
        int expected = 1;
        for (NoteListReader.Entry e : entries) {
            if (e.listNumber() != expected) {
                diagnostics.warn("CNV-003", new SourcePosition(fileName, e.line(), 1), "note list: expected note "
                        + expected + ", found note " + e.listNumber());
            }
            expected = e.listNumber() + 1;
        }
    }

    private static void checkPageNumbers(List<Block> body, Diagnostics diagnostics) {
        Set<String> seen = new HashSet<>();
        BlockWalker.pageBreaks(body).forEach(pb -> {
            if (!seen.add(pb.n())) {
                diagnostics.warn("CNV-006", pb.position(), "page " + pb.n()
                        + " is marked twice; the second page break gets no xml:id");
            }
        });
    }

    private static Block.Dateline firstDateline(List<Block> body) {
        for (Block b : body) {
            if (b instanceof Block.Dateline d) {
                return d;
            }
        }
        return null;
    }

    private static String withoutMarkers(String text, List<InlineParser.Anchor> anchors) {
        StringBuilder s = new StringBuilder(text);
        for (int i = anchors.size() - 1; i >= 0; i--) {
            s.replace(anchors.get(i).start(), anchors.get(i).end(), " ".repeat(anchors.get(i).end() - anchors.get(i).start()));
        }
        return s.toString();
    }

    private static String stem(String fileName) {
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
