package org.teikit.model;

import java.util.List;

/** A block of the body: what stands between two blank lines of the input, classified. */
public sealed interface Block {

    SourcePosition position();

    record Paragraph(List<Inline> content, SourcePosition position) implements Block {
        public Paragraph {
            content = List.copyOf(content);
        }
    }

    /**
     * A paragraph that introduces a list or a block quotation ("... the following exchange took
     * place:"): FRUS encodes these inside the paragraph, and the text shows them as blocks of their own.
     */
    record IntroducedBlocks(Paragraph introduction, List<Block> blocks, boolean quotation) implements Block {
        public IntroducedBlocks {
            blocks = List.copyOf(blocks);
        }

        @Override
        public SourcePosition position() {
            return introduction.position();
        }
    }

    /**
     * The archival file citation older volumes print on its own line under the heading
     * ({@code 501.BC Indonesia/1–849: Telegram}): an unnumbered source note.
     */
    record FileCitation(List<Inline> content, SourcePosition position) implements Block {
        public FileCitation {
            content = List.copyOf(content);
        }
    }

    /** A page marker standing alone between blocks. */
    record PageBreakBlock(Inline.PageBreak pageBreak) implements Block {
        @Override
        public SourcePosition position() {
            return pageBreak.position();
        }
    }

    /** Lines each starting with a label: {@code (1)}, {@code 1.}, {@code a)}, {@code —}. */
    record LabelledList(List<Item> items, SourcePosition position) implements Block {
        public LabelledList {
            items = List.copyOf(items);
        }

        /** {@code separator} is the whitespace between label and text, kept for the round trip. */
        public record Item(String label, String separator, List<Inline> content) {
            public Item {
                content = List.copyOf(content);
            }
        }
    }

    /** A short capitalised line ({@code SUBJECT}, {@code PARTICIPANTS}) over its values, a line each. */
    record HeadedList(String head, List<List<Inline>> items, SourcePosition position) implements Block {
        public HeadedList {
            items = items.stream().map(List::copyOf).toList();
        }
    }

    /** Tab-separated lines. */
    record Table(List<List<List<Inline>>> rows, SourcePosition position) implements Block {
        public Table {
            rows = rows.stream().map(r -> r.stream().map(List::copyOf).toList()).toList();
        }
    }

    /**
     * {@code Washington, June 24, 1986, 2346Z}: a place and a date, with the text around them kept
     * verbatim; {@code leadingLines} are lines of the same block before it (a classification).
     */
    record Dateline(List<List<Inline>> leadingLines, String before, String place, String between, String dateText,
            DateValue date, String after, SourcePosition position) implements Block {
        public Dateline {
            leadingLines = leadingLines.stream().map(List::copyOf).toList();
        }
    }

    /** {@code Dear Mr. President,} */
    record Salute(List<Inline> content, SourcePosition position) implements Block {
        public Salute {
            content = List.copyOf(content);
        }
    }

    /** A complimentary close ({@code Sincerely,}) and/or a signature, each line of its own. */
    record Closer(List<Inline> salute, List<List<Inline>> signed, SourcePosition position) implements Block {
        public Closer {
            salute = salute == null ? null : List.copyOf(salute);
            signed = signed.stream().map(List::copyOf).toList();
        }
    }

    /** A letter quoted inside the document, between "Begin text" and "End text" paragraphs. */
    record EmbeddedText(String kind, List<Block> blocks, SourcePosition position) implements Block {
        public EmbeddedText {
            blocks = List.copyOf(blocks);
        }
    }

    /**
     * An attachment or enclosure: its caption line ({@code Attachment}) starts it, its own heading
     * (null when the next block is not one) follows.
     */
    record Attachment(String caption, List<Inline> heading, List<Block> blocks, SourcePosition position)
            implements Block {
        public Attachment {
            heading = heading == null ? null : List.copyOf(heading);
            blocks = List.copyOf(blocks);
        }
    }
}
