package org.teikit.transform.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.Stream;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.streams.Steps;

/**
 * Finds where characters stand in a TEI document: the path of the element whose text holds them
 * ({@code /TEI/text/body/div[1]/p[3]}), the text around them, and the line of that element where
 * the tree keeps lines. Stateless.
 */
final class GlyphLocator {
    private static final String TEI = "http://www.tei-c.org/ns/1.0";
    private static final Set<String> PRINTED = Set.of("text", "titleStmt", "correspDesc");
    /** Where a character stands. Line and column are 0 where the tree does not know them. */
    record Place(String elementPath, String context, int line, int column) {
    }

    private GlyphLocator() {
    }

    /**
     * The places of each code point, in document order, at most {@code limit} of each; a code point
     * the document does not hold (the stylesheet wrote it) has none.
     */
    static Map<Integer, List<Place>> locate(XdmNode document, Set<Integer> codePoints, int limit) {
        Map<Integer, List<Place>> places = new LinkedHashMap<>();
        codePoints.forEach(cp -> places.put(cp, new ArrayList<>()));
        if (codePoints.isEmpty()) {
            return places;
        }
        printedText(document).forEach(text -> {
            String value = text.getStringValue();
            for (int i = 0; i < value.length(); i = value.offsetByCodePoints(i, 1)) {
                List<Place> found = places.get(value.codePointAt(i));
                if (found != null && found.size() < limit) {
                    found.add(place(text, value, i));
                }
            }
        });
        return places;
    }

    /** The characters of the printed text that {@code has} says no font has, in document order. */
    static Set<Integer> missing(XdmNode document, IntPredicate has) {
        Set<Integer> missing = new LinkedHashSet<>();
        printedText(document).forEach(text -> text.getStringValue().codePoints()
                .filter(cp -> !has.test(cp)).forEach(missing::add));
        return missing;
    }

    /**
     * The text nodes a PDF prints: those of the TEI text, of the title statement and of the
     * correspondence description (the title block); all of them in a document that has no TEI text.
     */
    private static Stream<XdmNode> printedText(XdmNode document) {
        Stream<XdmNode> texts = document.select(Steps.descendant()).filter(n -> n.getNodeKind() == XdmNodeKind.TEXT);
        boolean tei = document.select(Steps.descendant(TEI, "text")).findAny().isPresent();
        return tei ? texts.filter(t -> t.select(Steps.ancestor().where(GlyphLocator::printed)).findAny().isPresent()) : texts;
    }

    private static boolean printed(XdmNode element) {
        QName name = element.getNodeName();
        return name != null && TEI.equals(name.getNamespace()) && PRINTED.contains(name.getLocalName());
    }

    private static Place place(XdmNode text, String value, int at) {
        XdmNode element = text.getParent();
        int line = Math.max(0, element.getLineNumber());
        int column = Math.max(0, element.getColumnNumber());
        return new Place(path(element), context(value, at), line, column);
    }

    /** {@code /TEI/text/body/div[1]/p[3]}: local names, positions among siblings of the same name. */
    static String path(XdmNode element) {
        StringBuilder path = new StringBuilder();
        for (XdmNode e = element; e != null && e.getNodeKind() == XdmNodeKind.ELEMENT; e = e.getParent()) {
            String name = e.getNodeName().getLocalName();
            XdmNode parent = e.getParent();
            String step = name;
            if (parent != null && parent.getNodeKind() == XdmNodeKind.ELEMENT) {
                XdmNode self = e;
                long same = parent.select(Steps.child()).filter(c -> self.getNodeName().equals(c.getNodeName())).count();
                if (same > 1) {
                    long before = self.select(Steps.precedingSibling())
                            .filter(c -> self.getNodeName().equals(c.getNodeName())).count();
                    step = name + "[" + (before + 1) + "]";
                }
            }
            path.insert(0, "/" + step);
        }
        return path.toString();
    }

    /** Up to 25 characters either side, on one line. */
    private static String context(String value, int at) {
        int from = Math.max(0, at - 25);
        int to = Math.min(value.length(), value.offsetByCodePoints(at, 1) + 25);
        if (from > 0 && Character.isLowSurrogate(value.charAt(from))) {
            from++;
        }
        if (to < value.length() && Character.isLowSurrogate(value.charAt(to))) {
            to++;
        }
        return ((from > 0 ? "…" : "") + value.substring(from, to) + (to < value.length() ? "…" : ""))
                .replaceAll("\\s+", " ");
    }
}
