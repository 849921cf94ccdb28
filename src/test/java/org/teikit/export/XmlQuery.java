package org.teikit.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XPathSelector;
import net.sf.saxon.s9api.XdmNode;

/** XPath over a METS file in tests, with the prefixes mets, mods, xlink and tei. */
final class XmlQuery {
    private static final Processor PROCESSOR = new Processor(false);
    private final XdmNode document;

    XmlQuery(Path file) throws SaxonApiException {
        document = PROCESSOR.newDocumentBuilder().build(new StreamSource(file.toFile()));
    }

    /** The string values of what the expression selects, in order. */
    List<String> values(String xpath) throws SaxonApiException {
        XPathCompiler compiler = PROCESSOR.newXPathCompiler();
        compiler.declareNamespace("mets", "http://www.loc.gov/METS/");
        compiler.declareNamespace("mods", "http://www.loc.gov/mods/v3");
        compiler.declareNamespace("xlink", "http://www.w3.org/1999/xlink");
        compiler.declareNamespace("tei", "http://www.tei-c.org/ns/1.0");
        XPathSelector selector = compiler.compile(xpath).load();
        selector.setContextItem(document);
        List<String> values = new ArrayList<>();
        selector.evaluate().forEach(item -> values.add(item.getStringValue()));
        return values;
    }

    String value(String xpath) throws SaxonApiException {
        List<String> values = values(xpath);
        return values.isEmpty() ? null : values.get(0);
    }
}
