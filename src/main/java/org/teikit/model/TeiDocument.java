package org.teikit.model;

import java.util.List;
import java.util.Map;

/**
 * What the converter understood of one text document, before it is written as TEI.
 *
 * @param number    the document number of the heading ({@code 247}); null without heading
 * @param heading   the heading's content (without its number prefix removed), null without heading
 * @param title     the heading's text without note markers, for {@code titleStmt/title}
 * @param kind      the kind of document (telegram, letter, memorandum, ...)
 * @param notes     all footnotes in list order (anchored ones also appear as {@link Inline.NoteAnchor})
 * @param metadata  header values from options, {@code teikit.properties} and sidecars
 */
public record TeiDocument(String id, String number, List<Inline> heading, String title, String kind,
        Correspondence correspondence, Block.Dateline dateline, List<Block> body, List<Footnote> notes,
        Map<String, String> metadata) {
    public TeiDocument {
        heading = heading == null ? null : List.copyOf(heading);
        body = List.copyOf(body);
        notes = List.copyOf(notes);
        metadata = Map.copyOf(metadata);
    }

    public List<Footnote> unanchoredNotes() {
        return notes.stream().filter(n -> !n.anchored()).toList();
    }
}
