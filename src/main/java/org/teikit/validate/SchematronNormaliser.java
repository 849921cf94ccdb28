package org.teikit.validate;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nu.xom.Attribute;
import nu.xom.Document;
import nu.xom.Element;
import nu.xom.Elements;
import org.teikit.diag.Diagnostic;
import org.teikit.diag.Severity;
import org.teikit.io.SecureXomBuilder;
import org.teikit.model.SourcePosition;

/**
 * Brings a Schematron schema into the form SchXslt2 compiles, adapting what editors' tools accept
 * and reporting each adaptation: a top-level {@code extends} of a whole {@code sch:schema} (the 2016
 * edition's usage) is inlined; a global {@code let} declared twice with the same value is kept once;
 * {@code queryBinding} xslt1 or none runs as xslt2; Schematron embedded in a RELAX NG schema is
 * extracted into a schema of its own; the prefix xs is declared when used; named templates are
 * carried over. Stateless.
 *
 * <p>Codes (info unless stated): SCH-ADAPT-EXTENDS, SCH-ADAPT-LET, SCH-ADAPT-LET-CONFLICT (warning),
 * SCH-ADAPT-QUERYBINDING, SCH-ADAPT-EMBEDDED, SCH-ADAPT-NS, SCH-ADAPT-XSLT.
 */
final class SchematronNormaliser {
    static final String SCH = "http://purl.oclc.org/dsdl/schematron";
    static final String XSL = "http://www.w3.org/1999/XSL/Transform";
    private static final String RNG = "http://relaxng.org/ns/structure/1.0";
    private static final String XS = "http://www.w3.org/2001/XMLSchema";

    /**
     * The schema ready for SchXslt2, what had to be adapted, and which rules or lets name a network
     * address (address prefix → "rule r-id" or "let $name"), to report them when the network is off.
     */
    record Result(Document schema, List<Diagnostic> adaptations, Map<String, String> networkUsers) {
    }

    Result normalise(URI file) throws IOException {
        Document doc = SecureXomBuilder.parse(file);
        List<Diagnostic> notes = new ArrayList<>();
        String name = file.toString().replaceAll(".*/", "");
        Element root = doc.getRootElement();
        if (RNG.equals(root.getNamespaceURI())) {
            root = extractEmbedded(root);
            doc = new Document(root);
            doc.setBaseURI(file.toString());
            int patterns = root.getChildElements("pattern", SCH).size();
            if (patterns > 0) {
                notes.add(note("SCH-ADAPT-EMBEDDED", Severity.INFO, name,
                        "ran the Schematron embedded in the RELAX NG schema (" + patterns + " patterns)"));
            }
        } else if (!SCH.equals(root.getNamespaceURI()) || !root.getLocalName().equals("schema")) {
            throw new IOException(file + ": not an ISO Schematron schema (root element " + root.getQualifiedName() + ")");
        }
        inlineExtendedSchemas(root, file, name, notes, new HashSet<>());
        dropDuplicateLets(root, name, notes);
        dropDuplicateNamespaces(root);
        declareSchemaTypes(root, name, notes);
        nameAnonymousAssertions(root);
        noteForeignTemplates(root, name, notes);
        String binding = root.getAttributeValue("queryBinding");
        if (binding == null || !(binding.equalsIgnoreCase("xslt2") || binding.equalsIgnoreCase("xslt3"))) {
            root.addAttribute(new Attribute("queryBinding", "xslt2"));
            notes.add(note("SCH-ADAPT-QUERYBINDING", Severity.INFO, name, "queryBinding "
                    + (binding == null ? "(none)" : "'" + binding + "'") + " runs as xslt2 (XPath 2.0 and later accept "
                    + "XPath 1.0 expressions with few exceptions)"));
        } else {
            root.addAttribute(new Attribute("queryBinding", binding.toLowerCase(java.util.Locale.ROOT)));
        }
        return new Result(doc, notes, networkUsers(root));
    }

    private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile("['\"](https?://[^'\"]+)['\"]");

    /** Who in the schema names a network address: global lets and rules (by id, else by context). */
    private static Map<String, String> networkUsers(Element schema) {
        Map<String, String> users = new java.util.LinkedHashMap<>();
        for (Element let : List.of(schema.getChildElements("let", SCH)).stream().flatMap(SchematronNormaliser::stream).toList()) {
            addresses(let).forEach(a -> users.putIfAbsent(a, "let $" + let.getAttributeValue("name")));
        }
        for (Element rule : descendants(schema, "rule")) {
            String who = rule.getAttributeValue("id") != null ? "rule " + rule.getAttributeValue("id")
                    : "the rule for " + rule.getAttributeValue("context");
            addresses(rule).forEach(a -> users.putIfAbsent(a, who));
        }
        return users;
    }

    private static java.util.stream.Stream<Element> stream(Elements elements) {
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            list.add(elements.get(i));
        }
        return list.stream();
    }

    private static List<String> addresses(Element e) {
        List<String> found = new ArrayList<>();
        java.util.regex.Matcher m = ADDRESS.matcher(e.toXML());
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** The sch:ns and sch:pattern elements found anywhere in a RELAX NG schema, as one sch:schema. */
    private static Element extractEmbedded(Element rng) {
        Element schema = new Element("sch:schema", SCH);
        schema.addAttribute(new Attribute("queryBinding", "xslt2"));
        for (String kind : List.of("ns", "let", "pattern", "diagnostics")) {
            for (Element e : descendants(rng, kind)) {
                Element copy = (Element) e.copy();
                schema.appendChild(copy);
            }
        }
        return schema;
    }

    private static List<Element> descendants(Element root, String localName) {
        List<Element> found = new ArrayList<>();
        collect(root, localName, found);
        return found;
    }

    private static void collect(Element e, String localName, List<Element> found) {
        Elements children = e.getChildElements();
        for (int i = 0; i < children.size(); i++) {
            Element c = children.get(i);
            if (SCH.equals(c.getNamespaceURI()) && c.getLocalName().equals(localName)) {
                found.add(c);
            } else {
                collect(c, localName, found);
            }
        }
    }

    /** Replaces each top-level extends of a sch:schema by that schema's content, recursively. */
    private void inlineExtendedSchemas(Element schema, URI base, String name, List<Diagnostic> notes, Set<URI> seen)
            throws IOException {
        Elements extendsElements = schema.getChildElements("extends", SCH);
        for (int i = 0; i < extendsElements.size(); i++) {
            Element ext = extendsElements.get(i);
            String href = ext.getAttributeValue("href");
            if (href == null) {
                continue;
            }
            URI target = base.resolve(href);
            Element extended = SecureXomBuilder.parse(target).getRootElement();
            if (!SCH.equals(extended.getNamespaceURI()) || !extended.getLocalName().equals("schema")) {
                continue; // an sch:library: SchXslt2 handles it as the 2025 edition says
            }
            if (seen.add(target)) {
                inlineExtendedSchemas(extended, target, name, notes, seen);
                int at = schema.indexOf(ext);
                for (Element part : contentOf(extended)) {
                    part.detach();
                    schema.insertChild(part, at++);
                }
            }
            ext.detach();
            notes.add(note("SCH-ADAPT-EXTENDS", Severity.INFO, name, "extends " + href
                    + " names a whole sch:schema (the 2016 edition's usage; the 2025 edition wants sch:library):"
                    + " its patterns, lets and namespaces were included"));
        }
    }

    /** What a schema contributes when extended: everything but its title and prose. */
    private static List<Element> contentOf(Element schema) {
        List<Element> parts = new ArrayList<>();
        Elements children = schema.getChildElements();
        for (int i = 0; i < children.size(); i++) {
            Element c = children.get(i);
            boolean prose = SCH.equals(c.getNamespaceURI()) && (c.getLocalName().equals("title") || c.getLocalName().equals("p"));
            if (!prose) {
                parts.add(c);
            }
        }
        return parts;
    }

    private static void dropDuplicateLets(Element schema, String name, List<Diagnostic> notes) {
        Map<String, String> values = new HashMap<>();
        Elements lets = schema.getChildElements("let", SCH);
        for (int i = 0; i < lets.size(); i++) {
            Element let = lets.get(i);
            String letName = let.getAttributeValue("name");
            String value = valueOf(let);
            if (!values.containsKey(letName)) {
                values.put(letName, value);
                continue;
            }
            boolean same = values.get(letName).equals(value);
            let.detach();
            notes.add(note(same ? "SCH-ADAPT-LET" : "SCH-ADAPT-LET-CONFLICT", same ? Severity.INFO : Severity.WARNING, name,
                    "global let $" + letName + " is declared twice" + (same ? " with the same value; kept once"
                    : " with different values; the first declaration is used")));
        }
    }

    private static String valueOf(Element let) {
        String value = let.getAttributeValue("value");
        return (value != null ? value : let.getValue()).replaceAll("\\s+", " ").strip();
    }

    private static void dropDuplicateNamespaces(Element schema) {
        Set<String> seen = new HashSet<>();
        Elements ns = schema.getChildElements("ns", SCH);
        for (int i = 0; i < ns.size(); i++) {
            Element e = ns.get(i);
            if (!seen.add(e.getAttributeValue("prefix") + " " + e.getAttributeValue("uri"))) {
                e.detach();
            }
        }
    }

    /**
     * Findings are keyed on assertion ids ({@code SCH-<id>}); an assertion without one gets its
     * pattern's id and its place in the pattern, which stay the same from run to run.
     */
    private static void nameAnonymousAssertions(Element schema) {
        for (Element pattern : descendants(schema, "pattern")) {
            String patternId = pattern.getAttributeValue("id");
            if (patternId == null) {
                continue;
            }
            int n = 0;
            for (String kind : List.of("assert", "report")) {
                for (Element assertion : descendants(pattern, kind)) {
                    n++;
                    if (assertion.getAttribute("id") == null) {
                        assertion.addAttribute(new Attribute("id", patternId + "-" + n));
                    }
                }
            }
        }
    }

    /**
     * Editors' Schematron processors declare the XML Schema namespace for {@code xs:integer} and
     * friends whether or not the schema does; SchXslt2 declares only what sch:ns says.
     */
    private static void declareSchemaTypes(Element schema, String name, List<Diagnostic> notes) {
        Elements ns = schema.getChildElements("ns", SCH);
        for (int i = 0; i < ns.size(); i++) {
            if ("xs".equals(ns.get(i).getAttributeValue("prefix"))) {
                return;
            }
        }
        if (!schema.toXML().contains("xs:")) {
            return;
        }
        Element xs = new Element("sch:ns", SCH);
        xs.addAttribute(new Attribute("prefix", "xs"));
        xs.addAttribute(new Attribute("uri", XS));
        schema.insertChild(xs, 0);
        notes.add(note("SCH-ADAPT-NS", Severity.INFO, name,
                "the prefix xs is used but not declared with sch:ns; declared it for the XML Schema namespace"));
    }

    /** SchXslt2 copies xsl:function and xsl:key but not templates and variables; they are added after transpiling. */
    private static void noteForeignTemplates(Element schema, String name, List<Diagnostic> notes) {
        int templates = schema.getChildElements("template", XSL).size() + schema.getChildElements("variable", XSL).size();
        if (templates > 0) {
            notes.add(note("SCH-ADAPT-XSLT", Severity.INFO, name, templates
                    + " top-level xsl:template and xsl:variable elements were carried into the validation stylesheet"));
        }
    }

    private static Diagnostic note(String code, Severity severity, String file, String message) {
        return new Diagnostic(code, severity, message, SourcePosition.of(file)).withDetails(file, null, null, null);
    }
}
