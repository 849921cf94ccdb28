package org.teikit.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.Xslt30Transformer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The HTML5 emitter's short way gives Saxon's bytes, whatever characters text and attributes hold, in
 * each of the forms Saxon keeps strings in (a parameter's string; text of a parsed tree, 8 or 16 bits wide).
 */
class TeikitSerializerFactoryTest {
    private static final String STYLESHEET = """
            <xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns="http://www.w3.org/1999/xhtml" expand-text="yes">
              <xsl:output method="html" version="5" encoding="%s" indent="no"/>
              <xsl:param name="s" as="xs:string" xmlns:xs="http://www.w3.org/2001/XMLSchema"/>
              <xsl:param name="d" as="document-node()"/>
              <xsl:template name="xsl:initial-template">
                <html><body>
                  <p title="{$s}" data-x="{$s}{$s}"><xsl:value-of select="$s"/></p>
                  <a href="https://example.org/{$s}">{$s}</a>
                  <pre><xsl:value-of select="$s"/></pre>
                  <div title="{$d}"><xsl:copy-of select="$d/t/node()"/>|<xsl:value-of select="$d/t/b"/></div>
                  <div title="{$d/t/@a}"><xsl:value-of select="$d/t/@a"/></div>
                  <script>var s = "<xsl:value-of select="$s"/>";</script>
                  <style>p::after {{ content: "<xsl:value-of select="$s"/>" }}</style>
                </body></html>
              </xsl:template>
            </xsl:stylesheet>""";

    @ParameterizedTest
    @ValueSource(strings = {"plain words", "Ünïcödé, Ελληνικά, кириллица, 中文", "a < b > c & d", "say \"hi\" & 'bye'",
        "tab\tnew\nline\rreturn", "no\u00a0break", "soft\u00adhyphen", "del\u007fc1\u0085\u009f", "\u00a1 after NBSP",
        "emoji \ud83d\ude00 and \ud834\udd1e", "&{braces}", "   ", "", "\u2028 line separator", "&amp; already"})
    void givesSaxonsBytes(String text) throws Exception {
        for (String encoding : new String[] {"UTF-8", "US-ASCII", "ISO-8859-1"}) {
            String saxons = render(new Processor(false), text, encoding);
            String ours = render(TeikitSerializerFactory.install(new Processor(false)), text, encoding);
            assertEquals(saxons, ours, encoding + ": " + text);
            assertTrue(ours.contains("<p title="), ours);
        }
    }

    private static String render(Processor processor, String text, String encoding) throws Exception {
        Xslt30Transformer transformer = processor.newXsltCompiler()
                .compile(new StreamSource(new StringReader(STYLESHEET.formatted(encoding)))).load30();
        // the text as a parsed document too: in an attribute, and as text in the tree's buffer
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;").replace("\r", "&#13;")
                .replace("\n", "&#10;").replace("\t", "&#9;");
        String xml = "<t a=\"" + escaped + "\">" + escaped + "<b>" + escaped + "</b></t>";
        XdmNode document = processor.newDocumentBuilder().build(new StreamSource(new StringReader(xml)));
        transformer.setStylesheetParameters(java.util.Map.of(new QName("s"), new XdmAtomicValue(text),
                new QName("d"), document));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        transformer.callTemplate(null, transformer.newSerializer(out));
        return out.toString(StandardCharsets.ISO_8859_1); // the bytes as they are, whatever the encoding
    }
}
