package org.teikit.convert;

import java.util.List;

/** The lines of one block of the input (between blank lines), each with its located note markers. */
record RawBlock(List<Line> lines) {
    RawBlock {
        lines = List.copyOf(lines);
    }

    record Line(SourceLine source, List<InlineParser.Anchor> anchors) {
        Line {
            anchors = List.copyOf(anchors);
        }
    }

    Line first() {
        return lines.get(0);
    }

    boolean isSingleLine() {
        return lines.size() == 1;
    }
}
