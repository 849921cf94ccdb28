package org.teikit.model;

import java.util.List;

/**
 * A footnote: {@code n} is the number its marker shows in the text (FRUS volumes that number the
 * source note 0 show 0 there while their note list starts at 1), {@code listNumber} the number it
 * has in the list at the end. {@code anchored} is false when no marker was found for it.
 */
public record Footnote(int n, int listNumber, boolean source, boolean anchored, List<Inline> content,
        SourcePosition position) {
    public Footnote {
        content = List.copyOf(content);
    }

    public Footnote anchoredAs(int markerNumber, boolean isSource) {
        return new Footnote(markerNumber, listNumber, isSource, true, content, position);
    }
}
