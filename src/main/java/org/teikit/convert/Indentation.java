package org.teikit.convert;

import java.util.Set;
import nu.xom.Element;
import nu.xom.Node;
import nu.xom.Nodes;
import nu.xom.Text;

/**
 * Indents the element-only parts of a TEI tree for people to read. Mixed content (paragraphs,
 * items, notes, openers) is never touched: a space there would change the text.
 */
final class Indentation {
    private static final Set<String> ELEMENT_ONLY = Set.of("TEI", "teiHeader", "fileDesc", "titleStmt",
            "editionStmt", "publicationStmt", "availability", "sourceDesc", "profileDesc", "correspDesc",
            "correspAction", "textClass", "keywords", "text", "body", "div", "floatingText", "list", "table");

    private Indentation() {
    }

    static void apply(Element element, int depth) {
        if (!ELEMENT_ONLY.contains(element.getLocalName()) || element.getChildCount() == 0) {
            return;
        }
        String inner = "\n" + "  ".repeat(depth + 1);
        // rebuilt in one pass: inserting into a long child list one by one would be quadratic
        Nodes children = element.removeChildren();
        for (int i = 0; i < children.size(); i++) {
            element.appendChild(new Text(inner));
            Node child = children.get(i);
            element.appendChild(child);
            if (child instanceof Element e) {
                apply(e, depth + 1);
            }
        }
        element.appendChild(new Text("\n" + "  ".repeat(depth)));
    }
}
