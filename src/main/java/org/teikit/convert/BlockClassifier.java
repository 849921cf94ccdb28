package org.teikit.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.teikit.model.Block;
import org.teikit.model.Inline;
import org.teikit.model.SourcePosition;

/**
 * Decides what each block of the body is: paragraph, list, table, labelled list, dateline, salute,
 * closer, a quoted letter, an attachment. A block that fits no rule is a paragraph. Stateless and
 * thread-safe; one instance per input file (it names the file in positions).
 */
final class BlockClassifier {
    private static final Pattern LABEL = Pattern.compile(
            "^(?<label>\\(\\d{1,3}\\)|\\([a-zA-Z]\\)|\\((?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\\)|\\d{1,3}\\.|\\d{1,3}\\)"
            + "|[a-zA-Z]\\)|[A-Z]\\.|[—–•*-])(?<sep>[ \\t]+)\\S");
    private static final Pattern LIST_HEAD = Pattern.compile("^\\p{Lu}[\\p{Lu} .'’/&-]{1,40}:?$");
    private static final Pattern SALUTE = Pattern.compile(
            "^(?:(?:Dear|My dear|Dearest)\\b.{1,80}|Mr\\. President|Madam President|Excellency|Your Excellency"
            + "|Sir|Dear Sir|Gentlemen|Madam)[,:]$");
    private static final Pattern COMPLIMENTARY_CLOSE = Pattern.compile(
            "^(?:(?:very |most )?(?:sincerely|cordially|respectfully|faithfully|truly|warmly|gratefully)(?: yours)?"
            + "|yours(?: (?:sincerely|faithfully|truly|very truly|ever|respectfully))?"
            + "|(?:with )?(?:best|warm|kind|warmest|kindest)(?: personal)? (?:regards|wishes)|regards)[,.]?$",
            Pattern.CASE_INSENSITIVE);
    /** A word of a name: capitalised, initials ({@code J.C.}) or a short abbreviation ({@code McG.}), or a particle. */
    private static final String NAME_WORD = "(?:\\p{Lu}[\\p{L}\\p{M}'’-]*|(?:\\p{Lu}\\.)+|\\p{Lu}\\p{L}{0,2}\\."
            + "|van|von|de|der|den|da|di|du|la|le|y)";
    private static final Pattern NAME_LINE = Pattern.compile("^" + NAME_WORD + "(?: " + NAME_WORD + "){0,4}$");
    private static final Pattern ATTACHMENT = Pattern.compile(
            "^(?:Attachment|Enclosure|Tab [A-Z0-9]{1,3}|Annex(?: [A-Z0-9]{1,3})?|Appendix(?: [A-Z0-9]{1,3})?)(?: \\d{1,2})?$");
    private static final Pattern BEGIN_TEXT = Pattern.compile("(?i)\\bbegin (?:text|quote|verbatim text)\\b");
    private static final Pattern END_TEXT = Pattern.compile("(?i)^end (?:of )?(?:text|quote|verbatim text)\\b.{0,60}$");
    /** A decimal-file citation: {@code 501.BC Indonesia/1–849: Telegram}, {@code 611.61/3–1256}. */
    private static final Pattern FILE_CITATION = Pattern.compile(
            "^\\d{3}(?:\\.[0-9A-Za-z]+)+(?: [\\p{L}]+)*/\\d{1,2}[–-]\\d{2,4}(?:: ?[\\p{L} ]{1,40})?$");
    /** Signatures, salutes, closes, captions and "End text" lines are short; longer lines skip those rules. */
    private static final int SHORT_LINE = 200;
    /** Datelines stand among the first blocks of a document, letter or attachment. */
    private static final int OPENING_BLOCKS = 3;

    private final InlineParser inlines;
    private final DatelineParser datelines = new DatelineParser();
    private final ConversionProfile profile;
    private final String file;

    BlockClassifier(ConversionProfile profile, String file) {
        this.profile = profile;
        this.inlines = new InlineParser(profile);
        this.file = file;
    }

    /** The body's blocks; attachments take everything from their caption to the next caption. */
    List<Block> classify(List<RawBlock> blocks) {
        List<Integer> captions = new ArrayList<>();
        for (int i = 0; i + 1 < blocks.size(); i++) {
            RawBlock b = blocks.get(i);
            if (b.isSingleLine() && b.first().anchors().isEmpty() && ATTACHMENT.matcher(b.first().source().text()).matches()) {
                captions.add(i);
            }
        }
        captions.add(blocks.size());
        List<Block> out = new ArrayList<>();
        int start = 0;
        if (!blocks.isEmpty() && blocks.get(0).isSingleLine()
                && FILE_CITATION.matcher(blocks.get(0).first().source().text()).matches()) {
            out.add(new Block.FileCitation(lineInlines(blocks.get(0).first()), position(blocks.get(0))));
            start = 1;
        }
        out.addAll(section(blocks.subList(Math.min(start, captions.get(0)), captions.get(0))));
        for (int c = 0; c + 1 < captions.size(); c++) {
            out.add(attachment(blocks.subList(captions.get(c), captions.get(c + 1))));
        }
        return out;
    }

    private Block attachment(List<RawBlock> blocks) {
        RawBlock caption = blocks.get(0);
        List<RawBlock> rest = blocks.subList(1, blocks.size());
        List<Inline> heading = null;
        if (!rest.isEmpty() && isAttachmentHeading(rest.get(0))) {
            heading = lineInlines(rest.get(0).first());
            rest = rest.subList(1, rest.size());
        }
        return new Block.Attachment(caption.first().source().text(), heading, section(rest), position(caption));
    }

    private boolean isAttachmentHeading(RawBlock b) {
        String text = plain(b.first());
        return b.isSingleLine() && !text.isEmpty() && !text.endsWith(".") && !text.endsWith(":")
                && dateline(b).isEmpty() && !isPageBreakOnly(b.first());
    }

    /** A run of blocks with its own opening (dateline, salute) and closing (signature). */
    private List<Block> section(List<RawBlock> blocks) {
        return nestIntroduced(classifySection(blocks));
    }

    /**
     * A paragraph ending in a colon followed by a labelled list or by paragraphs in quotation marks
     * introduces them: they go inside it, as FRUS encodes them.
     */
    private static List<Block> nestIntroduced(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b instanceof Block.Paragraph p && endsWithColon(p) && i + 1 < blocks.size()) {
                if (blocks.get(i + 1) instanceof Block.LabelledList list) {
                    out.add(new Block.IntroducedBlocks(p, List.of(list), false));
                    i++;
                    continue;
                }
                int j = i + 1;
                while (j < blocks.size() && blocks.get(j) instanceof Block.Paragraph q && startsWithQuote(q)) {
                    j++;
                }
                if (j > i + 1) {
                    out.add(new Block.IntroducedBlocks(p, blocks.subList(i + 1, j), true));
                    i = j - 1;
                    continue;
                }
            }
            out.add(b);
        }
        return out;
    }

    private static boolean endsWithColon(Block.Paragraph p) {
        return !p.content().isEmpty() && p.content().get(p.content().size() - 1) instanceof Inline.Text t
                && t.value().stripTrailing().endsWith(":");
    }

    private static boolean startsWithQuote(Block.Paragraph p) {
        return !p.content().isEmpty() && p.content().get(0) instanceof Inline.Text t
                && (t.value().startsWith("“") || t.value().startsWith("\""));
    }

    private List<Block> classifySection(List<RawBlock> blocks) {
        int closerStart = closerStart(blocks);
        List<Block> out = new ArrayList<>();
        boolean opening = true;
        int seen = 0;
        for (int i = 0; i < blocks.size(); i++) {
            RawBlock b = blocks.get(i);
            if (i >= closerStart) {
                out.add(isPageBreakOnly(b.first()) && b.isSingleLine() ? pageBreak(b) : closer(b));
                continue;
            }
            if (b.isSingleLine() && isPageBreakOnly(b.first())) {
                out.add(pageBreak(b));
                continue;
            }
            seen++;
            if (opening && seen <= OPENING_BLOCKS) {
                Optional<Block> top = dateline(b).map(Block.class::cast).or(() -> salute(b));
                if (top.isPresent()) {
                    out.add(top.get());
                    continue;
                }
            }
            opening = false;
            int end = embeddedTextEnd(blocks, i, closerStart);
            if (end > 0 && hasTextBefore(blocks.subList(i + 1, end), end - i - 1)) {
                out.add(ordinary(b));
                out.add(new Block.EmbeddedText(kindOfText(plain(b.lines().get(b.lines().size() - 1))),
                        section(blocks.subList(i + 1, end)), position(blocks.get(i + 1))));
                i = end - 1;
                continue;
            }
            out.add(ordinary(b));
        }
        return out;
    }

    /** The index of the block after a "Begin text" paragraph's matching "End text", or -1. */
    private int embeddedTextEnd(List<RawBlock> blocks, int begin, int limit) {
        String last = blocks.get(begin).lines().get(blocks.get(begin).lines().size() - 1).source().text();
        if (!mentionsBeginText(last) || !BEGIN_TEXT.matcher(last).find()) {
            return -1;
        }
        for (int j = begin + 1; j < limit; j++) {
            RawBlock b = blocks.get(j);
            if (b.isSingleLine() && END_TEXT.matcher(plain(b.first())).matches()) {
                return j > begin + 1 ? j : -1;
            }
        }
        return -1;
    }

    /** A cheap look before the regular expression: most paragraphs begin no quoted text. */
    private static boolean mentionsBeginText(String text) {
        return text.contains("egin ") || text.contains("EGIN ");
    }

    private static String kindOfText(String beginParagraph) {
        String lower = beginParagraph.toLowerCase(Locale.ROOT);
        for (String kind : List.of("letter", "message", "note", "statement", "memorandum", "telegram")) {
            if (lower.contains(kind)) {
                return kind;
            }
        }
        return "text";
    }

    /** Where the closing blocks (complimentary close, signature) begin; blocks.size() if none. */
    private int closerStart(List<RawBlock> blocks) {
        int last = blocks.size() - 1;
        while (last >= 0 && blocks.get(last).isSingleLine() && isPageBreakOnly(blocks.get(last).first())) {
            last--;
        }
        if (last < 1 || !isSignature(blocks.get(last))) {
            return blocks.size();
        }
        int start = last;
        if (last >= 2 && blocks.get(last - 1).isSingleLine() && isComplimentaryClose(blocks.get(last - 1).first())) {
            start = last - 1;
        }
        // TEI wants text before a closer: a signature right after the opening is no closer
        return hasTextBefore(blocks, start) ? start : blocks.size();
    }

    private boolean hasTextBefore(List<RawBlock> blocks, int end) {
        for (int i = 0; i < end; i++) {
            RawBlock b = blocks.get(i);
            boolean pageBreak = b.isSingleLine() && isPageBreakOnly(b.first());
            if (!pageBreak && dateline(b).isEmpty() && salute(b).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Name lines, optionally after a complimentary close: {@code Whitehead}, {@code Sincerely,\nCliff}. */
    private boolean isSignature(RawBlock b) {
        List<RawBlock.Line> lines = b.lines();
        int from = lines.size() > 1 && isComplimentaryClose(lines.get(0)) ? 1 : 0;
        if (lines.size() - from > 3 || lines.size() == from) {
            return false;
        }
        for (RawBlock.Line line : lines.subList(from, lines.size())) {
            String text = plain(line);
            if (text.length() > 50 || !NAME_LINE.matcher(text).matches()) {
                return false;
            }
        }
        return true;
    }

    private boolean isComplimentaryClose(RawBlock.Line line) {
        return COMPLIMENTARY_CLOSE.matcher(plain(line)).matches();
    }

    private Block closer(RawBlock b) {
        List<RawBlock.Line> lines = b.lines();
        List<Inline> salute = null;
        int from = 0;
        if (isComplimentaryClose(lines.get(0)) && (lines.size() > 1 || !isSignature(b))) {
            salute = lineInlines(lines.get(0));
            from = 1;
        }
        List<List<Inline>> signed = lines.subList(from, lines.size()).stream().map(this::lineInlines).toList();
        return new Block.Closer(salute, signed, position(b));
    }

    private Optional<Block.Dateline> dateline(RawBlock b) {
        RawBlock.Line last = b.lines().get(b.lines().size() - 1);
        if (!last.anchors().isEmpty() || profile.pageMarker().matcher(last.source().text()).find()) {
            return Optional.empty();
        }
        List<List<Inline>> leading = b.lines().subList(0, b.lines().size() - 1).stream().map(this::lineInlines).toList();
        if (leading.size() > 2) {
            return Optional.empty();
        }
        return datelines.parse(last.source().text(), leading, position(b, b.lines().size() - 1));
    }

    private Optional<Block> salute(RawBlock b) {
        if (b.isSingleLine() && SALUTE.matcher(plain(b.first())).matches()) {
            return Optional.of(new Block.Salute(lineInlines(b.first()), position(b)));
        }
        return Optional.empty();
    }

    /** Paragraph, list, table or labelled list. */
    private Block ordinary(RawBlock b) {
        List<RawBlock.Line> lines = b.lines();
        if (lines.size() >= 2 && lines.stream().allMatch(l -> l.source().text().indexOf('\t') >= 0)) {
            return table(b);
        }
        if (lines.size() >= 2 && lines.stream().allMatch(l -> LABEL.matcher(l.source().text()).find())) {
            return labelledList(b);
        }
        if (lines.size() >= 2 && lines.get(0).anchors().isEmpty() && LIST_HEAD.matcher(lines.get(0).source().text()).matches()) {
            return new Block.HeadedList(lines.get(0).source().text(),
                    lines.subList(1, lines.size()).stream().map(this::lineInlines).toList(), position(b));
        }
        List<Inline> content = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                content.add(new Inline.LineBreak());
            }
            content.addAll(lineInlines(lines.get(i)));
        }
        return new Block.Paragraph(content, position(b));
    }

    private Block table(RawBlock b) {
        List<List<List<Inline>>> rows = new ArrayList<>();
        for (RawBlock.Line line : b.lines()) {
            List<List<Inline>> cells = new ArrayList<>();
            String text = line.source().text();
            int from = 0;
            while (true) {
                int tab = text.indexOf('\t', from);
                int to = tab < 0 ? text.length() : tab;
                cells.add(sliceInlines(line, from, to));
                if (tab < 0) {
                    break;
                }
                from = tab + 1;
            }
            rows.add(cells);
        }
        return new Block.Table(rows, position(b));
    }

    private Block labelledList(RawBlock b) {
        List<Block.LabelledList.Item> items = new ArrayList<>();
        for (RawBlock.Line line : b.lines()) {
            Matcher m = LABEL.matcher(line.source().text());
            m.find();
            int textStart = m.end("sep");
            items.add(new Block.LabelledList.Item(m.group("label"), m.group("sep"),
                    sliceInlines(line, textStart, line.source().text().length())));
        }
        return new Block.LabelledList(items, position(b));
    }

    private Block pageBreak(RawBlock b) {
        Matcher m = profile.pageMarker().matcher(b.first().source().text());
        m.find();
        return new Block.PageBreakBlock(new Inline.PageBreak(m.group("n"), position(b)));
    }

    private boolean isPageBreakOnly(RawBlock.Line line) {
        String text = line.source().text();
        return text.length() <= SHORT_LINE && profile.pageMarker().matcher(text).matches();
    }

    List<Inline> lineInlines(RawBlock.Line line) {
        return sliceInlines(line, 0, line.source().text().length());
    }

    /** The inlines of a line from column {@code from} (0-based) to its end. */
    List<Inline> lineInlines(RawBlock.Line line, int from) {
        return sliceInlines(line, from, line.source().text().length());
    }

    private List<Inline> sliceInlines(RawBlock.Line line, int from, int to) {
        List<InlineParser.Anchor> anchors = line.anchors().stream()
                .filter(a -> a.start() >= from && a.end() <= to)
                .map(a -> new InlineParser.Anchor(a.start() - from, a.end() - from, a.note()))
                .toList();
        SourcePosition at = new SourcePosition(file, line.source().number(), from + 1);
        return inlines.parse(line.source().text().substring(from, to), anchors, at);
    }

    /** The line's text without note markers and page markers, trimmed: what the rules look at. */
    private String plain(RawBlock.Line line) {
        if (line.source().text().length() > SHORT_LINE) {
            return line.source().text(); // no rule that looks at plain text applies to a long line
        }
        StringBuilder s = new StringBuilder(line.source().text());
        for (int i = line.anchors().size() - 1; i >= 0; i--) {
            s.delete(line.anchors().get(i).start(), line.anchors().get(i).end());
        }
        String text = s.toString();
        return (profile.mayHavePageMarker(text) ? profile.pageMarker().matcher(text).replaceAll("") : text).strip();
    }

    private SourcePosition position(RawBlock b) {
        return position(b, 0);
    }

    private SourcePosition position(RawBlock b, int lineIndex) {
        return new SourcePosition(file, b.lines().get(lineIndex).source().number(), 1);
    }
}
