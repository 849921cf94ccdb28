package org.teikit.convert;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nu.xom.Attribute;
import nu.xom.Document;
import nu.xom.Element;
import nu.xom.Node;
import org.teikit.model.Block;
import org.teikit.model.Correspondence;
import org.teikit.model.DateValue;
import org.teikit.model.Footnote;
import org.teikit.model.Inline;
import org.teikit.model.TeiDocument;

/**
 * Writes a converted document as a TEI P5 XOM tree. Ids come from structure ({@code d247},
 * {@code d247fn3}, {@code pg_1012}), never from counters or time, so the same input gives the same
 * bytes. One instance per document (it tracks the ids it has used).
 */
final class TeiWriter {
    static final String TEI = "http://www.tei-c.org/ns/1.0";
    static final String FRUS = "http://history.state.gov/frus/ns/1.0";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";
    /** The classification sentence of a FRUS source note: "Secret; Immediate; Nodis." */
    private static final Pattern CLASSIFICATION = Pattern.compile(
            "(?:^|(?<=[.)] ))(?<c>(?:Top Secret|Secret|Confidential|Limited Official Use|Unclassified"
            + "|No classification marking)(?:[;,] [^.]{1,80})?)\\.");
    private static final Pattern ORGANISATION = Pattern.compile(
            "\\b(?:Department|Embassy|Mission|Office|Council|Committee|Agency|Staff|Bureau|Legation|Consulate"
            + "|Delegation|Government|Ministry|Board|Command|Group|Station|Headquarters|Administration|Service"
            + "|Commission|Secretariat|Chiefs)\\b");

    private final Flavor flavor;
    private final TeiDocument doc;
    private final Set<String> usedIds = new HashSet<>();

    TeiWriter(Flavor flavor, TeiDocument doc) {
        this.flavor = flavor;
        this.doc = doc;
    }

    Document write() {
        Element tei = tei("TEI");
        tei.appendChild(header());
        Element text = tei("text");
        Element body = tei("body");
        body.appendChild(documentDiv());
        text.appendChild(body);
        tei.appendChild(text);
        Indentation.apply(tei, 0);
        return new Document(tei);
    }

    // ---- header

    private Element header() {
        Element header = tei("teiHeader");
        Element fileDesc = tei("fileDesc");
        Element titleStmt = tei("titleStmt");
        titleStmt.appendChild(tei("title", doc.metadata().getOrDefault("title", doc.title())));
        optional(titleStmt, "editor", "editor");
        fileDesc.appendChild(titleStmt);
        if (doc.metadata().containsKey("edition")) {
            Element editionStmt = tei("editionStmt");
            editionStmt.appendChild(tei("edition", doc.metadata().get("edition")));
            fileDesc.appendChild(editionStmt);
        }
        fileDesc.appendChild(publicationStmt());
        fileDesc.appendChild(sourceDesc());
        header.appendChild(fileDesc);
        header.appendChild(profileDesc());
        return header;
    }

    private Element publicationStmt() {
        Map<String, String> m = doc.metadata();
        Element stmt = tei("publicationStmt");
        if (!m.containsKey("publisher")) {
            stmt.appendChild(tei("p", "Unpublished: converted from plain text by teikit; no publisher was given."));
            return stmt;
        }
        stmt.appendChild(tei("publisher", m.get("publisher")));
        optional(stmt, "pubPlace", "pubPlace");
        optional(stmt, "date", "date");
        if (m.containsKey("idno")) {
            stmt.appendChild(tei("idno", m.get("idno")));
        }
        if (m.containsKey("licence")) {
            Element availability = tei("availability");
            Element licence = tei("licence", m.get("licence"));
            if (m.containsKey("licence.url")) {
                licence.addAttribute(new Attribute("target", m.get("licence.url")));
            }
            availability.appendChild(licence);
            stmt.appendChild(availability);
        }
        return stmt;
    }

    private void optional(Element parent, String key, String element) {
        if (doc.metadata().containsKey(key)) {
            parent.appendChild(tei(element, doc.metadata().get(key)));
        }
    }

    /** The source note's archival citation and its classification, as the text states them. */
    private Element sourceDesc() {
        Element sourceDesc = tei("sourceDesc");
        Footnote source = doc.notes().stream().filter(Footnote::source).findFirst().orElse(null);
        String citation = doc.metadata().get("source");
        if (citation == null && source != null) {
            citation = plainText(source.content()).strip().replaceFirst("^Source:\\s*", "");
        }
        if (citation == null) {
            sourceDesc.appendChild(tei("p", "Converted from plain text; the text names no source."));
            return sourceDesc;
        }
        Element bibl = tei("bibl");
        bibl.addAttribute(new Attribute("type", "archival"));
        Matcher c = CLASSIFICATION.matcher(citation);
        if (c.find()) {
            bibl.appendChild(citation.substring(0, c.start()).strip());
            Element classification = tei("seg", c.group("c"));
            classification.addAttribute(new Attribute("type", "classification"));
            bibl.appendChild(classification);
            String rest = citation.substring(c.end()).strip();
            if (!rest.isEmpty()) {
                bibl.appendChild(" " + rest);
            }
        } else {
            bibl.appendChild(citation);
        }
        sourceDesc.appendChild(bibl);
        return sourceDesc;
    }

    private Element profileDesc() {
        Element profileDesc = tei("profileDesc");
        Correspondence c = doc.correspondence();
        if (flavor == Flavor.TEI && c != null && (c.hasParties() || datelineDate() != null)) {
            Element correspDesc = tei("correspDesc");
            Block.Dateline dateline = doc.dateline();
            String sentFrom = c.senderPlace() != null ? c.senderPlace() : dateline == null ? null : dateline.place();
            if (c.sender() != null || sentFrom != null || datelineDate() != null) {
                correspDesc.appendChild(correspAction("sent", c.sender(), sentFrom, datelineDate()));
            }
            if (c.addressee() != null) {
                correspDesc.appendChild(correspAction("received", c.addressee(), c.addresseePlace(), null));
            }
            profileDesc.appendChild(correspDesc);
        }
        Element textClass = tei("textClass");
        Element keywords = tei("keywords");
        Element term = tei("term", doc.kind());
        term.addAttribute(new Attribute("type", "document-kind"));
        keywords.appendChild(term);
        textClass.appendChild(keywords);
        profileDesc.appendChild(textClass);
        return profileDesc;
    }

    private DateValue datelineDate() {
        return doc.dateline() == null || !doc.dateline().date().isKnown() ? null : doc.dateline().date();
    }

    private Element correspAction(String type, String party, String place, DateValue date) {
        Element action = tei("correspAction");
        action.addAttribute(new Attribute("type", type));
        if (party != null) {
            action.appendChild(tei(ORGANISATION.matcher(party).find() ? "orgName" : "persName", party));
        }
        if (place != null) {
            action.appendChild(tei("placeName", place));
        }
        if (date != null) {
            Element d = tei("date");
            dateAttributes(d, date);
            action.appendChild(d);
        }
        return action;
    }

    // ---- text

    private Element documentDiv() {
        Element div = tei("div");
        div.addAttribute(new Attribute("type", "document"));
        if (flavor == Flavor.FRUS) {
            div.addAttribute(new Attribute("subtype", "historical-document"));
            frusDateRange(div);
        } else {
            div.addAttribute(new Attribute("subtype", doc.kind()));
        }
        if (doc.number() != null) {
            div.addAttribute(new Attribute("n", doc.number()));
        }
        id(div, doc.id());
        List<Block> body = doc.body();
        if (!body.isEmpty() && body.get(0) instanceof Block.FileCitation citation) {
            // FRUS puts this unnumbered source note before the heading
            Element note = withInlines(tei("note"), citation.content());
            note.addAttribute(new Attribute("type", "source"));
            note.addAttribute(new Attribute("rend", "inline"));
            div.appendChild(note);
            body = body.subList(1, body.size());
        }
        if (doc.heading() != null) {
            // a page marker right under the heading line: in print the page begins before the heading
            if (!body.isEmpty() && body.get(0) instanceof Block.PageBreakBlock pb) {
                div.appendChild(pageBreak(pb.pageBreak()));
                body = body.subList(1, body.size());
            }
            div.appendChild(withInlines(tei("head"), doc.heading()));
        }
        int firstAttachment = firstAttachment(body);
        if (firstAttachment < body.size() && flavor == Flavor.TEI) {
            // TEI allows a closer only after a div's last subdivision, so the main text gets a div of its own
            Element main = tei("div");
            main.addAttribute(new Attribute("type", "main"));
            blocks(main, body.subList(0, firstAttachment));
            div.appendChild(main);
            blocks(div, body.subList(firstAttachment, body.size()));
        } else {
            blocks(div, body);
        }
        // a note is allowed anywhere between blocks, even after a closer
        for (Footnote note : doc.unanchoredNotes()) {
            div.appendChild(note(note));
        }
        return div;
    }

    private static int firstAttachment(List<Block> body) {
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i) instanceof Block.Attachment) {
                return i;
            }
        }
        return body.size();
    }

    /** frus:doc-dateTime-min/max bound the document's date as xsd:dateTime values. */
    private void frusDateRange(Element div) {
        DateValue date = datelineDate();
        if (date == null) {
            return;
        }
        String min = date.when() != null ? date.when() : date.notBefore();
        String max = date.when() != null ? date.when() : date.notAfter();
        if (min != null && max != null) {
            div.addAttribute(new Attribute("frus:doc-dateTime-min", FRUS, min.contains("T") ? min : min + "T00:00:00"));
            div.addAttribute(new Attribute("frus:doc-dateTime-max", FRUS, max.contains("T") ? max : max + "T23:59:59"));
        }
    }

    private void blocks(Element parent, List<Block> blocks) {
        for (Block block : blocks) {
            if (flavor == Flavor.FRUS && block instanceof Block.EmbeddedText text) {
                // the FRUS schema has no floatingText: a quoted letter's parts stand in the document's div
                blocks(parent, text.blocks());
            } else {
                parent.appendChild(block(block));
            }
        }
    }

    private Node block(Block block) {
        if (block instanceof Block.Paragraph p) {
            return withInlines(tei("p"), p.content());
        } else if (block instanceof Block.IntroducedBlocks ib) {
            return introducedBlocks(ib);
        } else if (block instanceof Block.PageBreakBlock pb) {
            return pageBreak(pb.pageBreak());
        } else if (block instanceof Block.FileCitation citation) {
            return withInlines(tei("p"), citation.content());
        } else if (block instanceof Block.LabelledList list) {
            return labelledList(list);
        } else if (block instanceof Block.HeadedList list) {
            return headedList(list);
        } else if (block instanceof Block.Table table) {
            return table(table);
        } else if (block instanceof Block.Dateline dateline) {
            return opener(dateline);
        } else if (block instanceof Block.Salute salute) {
            if (flavor == Flavor.FRUS) {
                return withInlines(tei("p"), salute.content()); // the Office of the Historian's practice
            }
            Element opener = tei("opener");
            opener.appendChild(withInlines(tei("salute"), salute.content()));
            return opener;
        } else if (block instanceof Block.Closer closer) {
            return closer(closer);
        } else if (block instanceof Block.EmbeddedText text) {
            return embeddedText(text);
        }
        return attachment((Block.Attachment) block);
    }

    private Element introducedBlocks(Block.IntroducedBlocks ib) {
        Element p = withInlines(tei("p"), ib.introduction().content());
        if (ib.quotation()) {
            Element quote = tei("quote");
            quote.addAttribute(new Attribute("rend", "blockquote"));
            blocks(quote, ib.blocks());
            p.appendChild(quote);
        } else {
            blocks(p, ib.blocks());
        }
        return p;
    }

    private Element labelledList(Block.LabelledList list) {
        Element el = tei("list");
        el.addAttribute(new Attribute("rend", "labelled"));
        for (Block.LabelledList.Item item : list.items()) {
            Element it = tei("item");
            it.appendChild(tei("label", item.label()));
            it.appendChild(item.separator());
            inlines(it, item.content());
            el.appendChild(it);
        }
        return el;
    }

    private Element headedList(Block.HeadedList list) {
        Element el = tei("list");
        String type = list.head().replaceAll("[^\\p{L}]+", "").toLowerCase(java.util.Locale.ROOT);
        if (!type.isEmpty()) {
            el.addAttribute(new Attribute("type", type));
        }
        el.appendChild(tei("head", list.head()));
        for (List<Inline> item : list.items()) {
            el.appendChild(withInlines(tei("item"), item));
        }
        return el;
    }

    private Element table(Block.Table table) {
        Element el = tei("table");
        for (List<List<Inline>> row : table.rows()) {
            Element r = tei("row");
            for (List<Inline> cell : row) {
                r.appendChild(withInlines(tei("cell"), cell));
            }
            el.appendChild(r);
        }
        return el;
    }

    private Element opener(Block.Dateline d) {
        Element opener = tei("opener");
        for (List<Inline> line : d.leadingLines()) {
            opener.appendChild(withInlines(tei("seg"), line));
        }
        Element dateline = tei("dateline");
        dateline.appendChild(d.before());
        dateline.appendChild(tei("placeName", d.place()));
        dateline.appendChild(d.between());
        Element date = tei("date", d.dateText());
        dateAttributes(date, d.date());
        dateline.appendChild(date);
        dateline.appendChild(d.after());
        opener.appendChild(dateline);
        return opener;
    }

    private static void dateAttributes(Element date, DateValue value) {
        if (value.when() != null) {
            date.addAttribute(new Attribute("when", value.when()));
        }
        if (value.notBefore() != null) {
            date.addAttribute(new Attribute("notBefore", value.notBefore()));
        }
        if (value.notAfter() != null) {
            date.addAttribute(new Attribute("notAfter", value.notAfter()));
        }
    }

    private Element closer(Block.Closer c) {
        Element closer = tei("closer");
        if (c.salute() != null) {
            closer.appendChild(withInlines(tei("salute"), c.salute()));
        }
        for (List<Inline> line : c.signed()) {
            closer.appendChild(withInlines(tei("signed"), line));
        }
        return closer;
    }

    private Element embeddedText(Block.EmbeddedText text) {
        Element floating = tei("floatingText");
        floating.addAttribute(new Attribute("type", text.kind()));
        Element body = tei("body");
        blocks(body, text.blocks());
        floating.appendChild(body);
        return floating;
    }

    private Element attachment(Block.Attachment a) {
        Element div;
        if (flavor == Flavor.FRUS) {
            div = new Element("frus:attachment", FRUS);
        } else {
            div = tei("div");
            div.addAttribute(new Attribute("type", "attachment"));
        }
        Element caption = tei("head", a.caption());
        caption.addAttribute(new Attribute("rend", "caption"));
        div.appendChild(caption);
        if (a.heading() != null) {
            div.appendChild(withInlines(tei("head"), a.heading()));
        }
        blocks(div, a.blocks());
        return div;
    }

    private Element withInlines(Element el, List<Inline> content) {
        inlines(el, content);
        return el;
    }

    private void inlines(Element parent, List<Inline> content) {
        for (Inline inline : content) {
            if (inline instanceof Inline.Text t) {
                parent.appendChild(t.value());
            } else if (inline instanceof Inline.PageBreak pb) {
                parent.appendChild(pageBreak(pb));
            } else if (inline instanceof Inline.NoteAnchor a) {
                parent.appendChild(note(a.note()));
            } else if (inline instanceof Inline.Reference r) {
                Element ref = tei("ref", r.text());
                ref.addAttribute(new Attribute("target", r.target()));
                parent.appendChild(ref);
            } else {
                parent.appendChild(tei("lb"));
            }
        }
    }

    private Element pageBreak(Inline.PageBreak pb) {
        Element el = tei("pb");
        el.addAttribute(new Attribute("n", pb.n()));
        id(el, "pg_" + pb.n());
        return el;
    }

    private Element note(Footnote note) {
        Element el = tei("note");
        el.addAttribute(new Attribute("n", Integer.toString(note.n())));
        id(el, doc.id() + "fn" + note.n());
        if (note.source()) {
            el.addAttribute(new Attribute("type", "source"));
        }
        if (!note.anchored()) {
            el.addAttribute(new Attribute("anchored", "false"));
            el.addAttribute(new Attribute("place", "end"));
        }
        inlines(el, note.content());
        return el;
    }

    /** Sets xml:id unless an earlier element took it (a page or note number given twice). */
    private void id(Element el, String id) {
        if (usedIds.add(id)) {
            el.addAttribute(new Attribute("xml:id", XML, id));
        }
    }

    private static String plainText(List<Inline> content) {
        StringBuilder s = new StringBuilder();
        for (Inline inline : content) {
            if (inline instanceof Inline.Text t) {
                s.append(t.value());
            } else if (inline instanceof Inline.Reference r) {
                s.append(r.text());
            } else if (inline instanceof Inline.LineBreak) {
                s.append(' ');
            }
        }
        return s.toString();
    }

    private static Element tei(String name) {
        return new Element(name, TEI);
    }

    private static Element tei(String name, String text) {
        Element el = tei(name);
        el.appendChild(text);
        return el;
    }
}
