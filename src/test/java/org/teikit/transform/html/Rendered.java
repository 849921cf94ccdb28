package org.teikit.transform.html;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.s9api.Xslt30Transformer;
import org.teikit.TestData;

/**
 * One run of an HTML stylesheet, as an XSpec scenario sees it: the page as a tree (XHTML elements, for
 * XPath assertions with the prefix {@code h}), the same page serialised as the stylesheet says (HTML5),
 * and the stylesheet's messages. The stylesheets are compiled once, from {@code xslt/html/} of the
 * project, with Saxon's s9api directly.
 */
record Rendered(XdmNode page, String html, List<String> messages) {
    static final String XHTML = "http://www.w3.org/1999/xhtml";
    static final String TEI = "http://www.tei-c.org/ns/1.0";
    static final Processor PROCESSOR = new Processor(false);
    static final XsltExecutable PAGE = compile("xslt/html/tei-to-html.xsl");
    static final XsltExecutable INDEX = compile("xslt/html/site-index.xsl");

    static XsltExecutable compile(String stylesheet) {
        try {
            return PROCESSOR.newXsltCompiler().compile(new StreamSource(TestData.project().resolve(stylesheet).toFile()));
        } catch (SaxonApiException e) {
            throw new IllegalStateException(stylesheet + " does not compile: " + e.getMessage(), e);
        }
    }

    /** A TEI document given as text; a {@code <TEI>} start tag without a namespace declaration gets TEI's. */
    static Rendered tei(String xml) {
        return tei(xml, Map.of());
    }

    static Rendered tei(String xml, Map<String, String> parameters) {
        return run(PAGE, new StreamSource(new StringReader(withTeiNamespace(xml)), "urn:test:input.xml"), parameters);
    }

    /** A TEI body: wrapped in a TEI with a minimal header titled "Test". */
    static Rendered body(String bodyContent) {
        return tei("<TEI><teiHeader><fileDesc><titleStmt><title>Test</title></titleStmt>"
                + "<publicationStmt><p>test</p></publicationStmt><sourceDesc><p>test</p></sourceDesc></fileDesc></teiHeader>"
                + "<text><body>" + bodyContent + "</body></text></TEI>");
    }

    /** A TEI tree in memory, as the converter makes it. */
    static Rendered xom(nu.xom.Document tei, Map<String, String> parameters) {
        byte[] bytes = org.teikit.io.TeiSerializer.toBytes(tei);
        return run(PAGE, new StreamSource(new java.io.ByteArrayInputStream(bytes), "urn:test:converted.xml"), parameters);
    }

    static Rendered file(Path tei) {
        return run(PAGE, new StreamSource(tei.toFile()), Map.of());
    }

    static Rendered index(String documents) {
        return run(INDEX, new StreamSource(new StringReader(documents), "urn:test:documents.xml"), Map.of());
    }

    private static String withTeiNamespace(String xml) {
        boolean bare = (xml.startsWith("<TEI>") || xml.startsWith("<TEI ")) && !xml.substring(0, xml.indexOf('>')).contains("xmlns=");
        return bare ? "<TEI xmlns=\"" + TEI + "\"" + xml.substring(4) : xml;
    }

    static Rendered run(XsltExecutable stylesheet, Source source, Map<String, String> parameters) {
        try {
            XdmNode input = PROCESSOR.newDocumentBuilder().build(source);
            Xslt30Transformer transformer = stylesheet.load30();
            Map<QName, XdmValue> values = new HashMap<>();
            parameters.forEach((k, v) -> values.put(new QName(k), new XdmAtomicValue(v)));
            transformer.setStylesheetParameters(values);
            List<String> messages = Collections.synchronizedList(new ArrayList<>());
            transformer.setMessageHandler(message -> messages.add(message.getStringValue()));
            transformer.setGlobalContextItem(input);
            XdmDestination destination = new XdmDestination();
            transformer.applyTemplates(input, destination);
            XdmNode page = destination.getXdmNode();
            StringWriter html = new StringWriter();
            Serializer serializer = transformer.newSerializer(html);
            serializer.serializeNode(page);
            return new Rendered(page, html.toString(), List.copyOf(messages));
        } catch (SaxonApiException e) {
            throw new IllegalStateException("the stylesheet failed: " + e.getMessage(), e);
        }
    }

    /** The items an XPath expression selects in the page (prefix h: XHTML, tei: TEI). */
    XdmValue select(String xpath) {
        try {
            XPathCompiler compiler = PROCESSOR.newXPathCompiler();
            compiler.declareNamespace("h", XHTML);
            compiler.declareNamespace("tei", TEI);
            return compiler.evaluate(xpath, page);
        } catch (SaxonApiException e) {
            throw new IllegalArgumentException("bad XPath in a test: " + xpath, e);
        }
    }

    int count(String xpath) {
        return select(xpath).size();
    }

    /** The string value of each item selected. */
    List<String> strings(String xpath) {
        List<String> result = new ArrayList<>();
        for (XdmItem item : select(xpath)) {
            result.add(item.getStringValue());
        }
        return result;
    }

    /** The string value of the one item selected ("" when none). */
    String string(String xpath) {
        XdmValue value = select(xpath);
        if (value.size() > 1) {
            throw new IllegalArgumentException(xpath + " selects " + value.size() + " items");
        }
        return value.size() == 0 ? "" : value.itemAt(0).getStringValue();
    }

    boolean test(String xpath) {
        return "true".equals(select("string(boolean(" + xpath + "))").itemAt(0).getStringValue());
    }

    /** Element names the stylesheet reported as rendered generically. */
    List<String> unhandled() {
        return messages.stream().filter(m -> m.startsWith("teikit:unhandled ")).map(m -> m.substring(17).strip()).distinct().sorted()
                .toList();
    }

    /**
     * What would break the page: an id given twice, a block where the HTML parser would close the
     * paragraph around it, a link inside a link, a note link or back link without its target.
     */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        for (String id : strings("//@id")) {
            ids.merge(id, 1, Integer::sum);
        }
        ids.forEach((id, n) -> {
            if (n > 1) {
                problems.add("id " + id + " given " + n + " times");
            }
        });
        for (String block : strings("//h:p//(h:p | h:div | h:ul | h:ol | h:dl | h:table | h:blockquote | h:section | h:article"
                + " | h:figure | h:hr | h:pre | h:h1 | h:h2 | h:h3 | h:h4 | h:h5 | h:h6 | h:aside | h:nav)/local-name()")) {
            problems.add(block + " inside a p");
        }
        if (count("//h:a//h:a") > 0) {
            problems.add("a link inside a link");
        }
        for (String href : strings("//h:a[tokenize(@class) = ('noteref', 'backref', 'pb')]/@href")) {
            if (!ids.containsKey(href.substring(1))) {
                problems.add("a note or page link to a missing target: " + href);
            }
        }
        return problems;
    }
}
