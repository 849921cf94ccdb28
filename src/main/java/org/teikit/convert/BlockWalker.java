package org.teikit.convert;

import java.util.ArrayList;
import java.util.List;
import org.teikit.model.Block;
import org.teikit.model.Inline;

/** Visits the inlines of a body in reading order, through lists, tables, letters and attachments. */
final class BlockWalker {
    private BlockWalker() {
    }

    static List<Inline.PageBreak> pageBreaks(List<Block> blocks) {
        List<Inline> all = new ArrayList<>();
        blocks.forEach(b -> collect(b, all));
        return all.stream().filter(Inline.PageBreak.class::isInstance).map(Inline.PageBreak.class::cast).toList();
    }

    private static void collect(Block block, List<Inline> out) {
        if (block instanceof Block.Paragraph p) {
            out.addAll(p.content());
        } else if (block instanceof Block.IntroducedBlocks ib) {
            collect(ib.introduction(), out);
            ib.blocks().forEach(b -> collect(b, out));
        } else if (block instanceof Block.FileCitation f) {
            out.addAll(f.content());
        } else if (block instanceof Block.PageBreakBlock pb) {
            out.add(pb.pageBreak());
        } else if (block instanceof Block.LabelledList list) {
            list.items().forEach(i -> out.addAll(i.content()));
        } else if (block instanceof Block.HeadedList list) {
            list.items().forEach(out::addAll);
        } else if (block instanceof Block.Table table) {
            table.rows().forEach(r -> r.forEach(out::addAll));
        } else if (block instanceof Block.Dateline d) {
            d.leadingLines().forEach(out::addAll);
        } else if (block instanceof Block.Salute s) {
            out.addAll(s.content());
        } else if (block instanceof Block.Closer c) {
            if (c.salute() != null) {
                out.addAll(c.salute());
            }
            c.signed().forEach(out::addAll);
        } else if (block instanceof Block.EmbeddedText t) {
            t.blocks().forEach(b -> collect(b, out));
        } else if (block instanceof Block.Attachment a) {
            if (a.heading() != null) {
                out.addAll(a.heading());
            }
            a.blocks().forEach(b -> collect(b, out));
        }
    }
}
