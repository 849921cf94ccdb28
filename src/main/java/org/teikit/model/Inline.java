package org.teikit.model;

/** A piece of running text inside a block: what a paragraph, item, cell or note is made of. */
public sealed interface Inline {

    /** Characters exactly as they stand in the input. */
    record Text(String value) implements Inline {
    }

    /** A page marker such as {@code [Page 1012]}; {@code n} is the page number as printed. */
    record PageBreak(String n, SourcePosition position) implements Inline {
    }

    /** The place where footnote {@code note} is anchored (its marker, removed from the text). */
    record NoteAnchor(Footnote note) implements Inline {
    }

    /** A cross-reference ({@code Document 246}) to another document or note of the series. */
    record Reference(String target, String text) implements Inline {
    }

    /** A line break inside a block. */
    record LineBreak() implements Inline {
    }
}
