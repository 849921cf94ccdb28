package org.teikit.transform.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.teikit.transform.pdf.PdfFixtures.squeeze;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import nu.xom.Document;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.teikit.TestData;
import org.teikit.convert.ConvertOptions;
import org.teikit.convert.PlainTextConverter;

/**
 * The XSL-FO teikit makes (xslt/fo/tei-to-fo.xsl): its page masters, footnotes, page markers and
 * metadata; the generic rendering of what it does not know; page breaks and notes inside lists and
 * tables; and the house style of its modules.
 */
class FoStylesheetTest {
    private static XdmNode seedFo;
    private static XPathCompiler xpath;

    @BeforeAll
    static void transform() throws IOException {
        String text = TestData.read(TestData.shared("corpus/frus1981-88v05-d247.txt"));
        Document tei = new PlainTextConverter(ConvertOptions.defaults()).convert(text, "d247.txt").tei();
        PdfRenderer renderer = PdfFixtures.renderer();
        XdmNode teiTree = PdfFixtures.parse(tei.toXML());
        seedFo = parse(renderer.fo(teiTree, PdfOptions.defaults()));
        xpath = PdfFixtures.stylesheets().processor().newXPathCompiler();
        xpath.declareNamespace("fo", "http://www.w3.org/1999/XSL/Format");
        xpath.declareNamespace("dc", "http://purl.org/dc/elements/1.1/");
        xpath.declareNamespace("xsl", "http://www.w3.org/1999/XSL/Transform");
    }

    private static XdmNode parse(byte[] xml) {
        try {
            return PdfFixtures.stylesheets().processor().newDocumentBuilder()
                    .build(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SaxonApiException e) {
            throw new AssertionError(e);
        }
    }

    private static String string(String expression, XdmNode node) throws SaxonApiException {
        XdmItem item = xpath.evaluateSingle("string((" + expression + ")[1])", node);
        return item == null ? "" : item.getStringValue();
    }

    private static List<String> strings(String expression, XdmNode node) throws SaxonApiException {
        List<String> values = new ArrayList<>();
        xpath.evaluate(expression, node).forEach(item -> values.add(item.getStringValue()));
        return values;
    }

    @Test
    void pagesHaveMastersRunningHeadsAndAFootnoteSeparator() throws SaxonApiException {
        assertEquals(List.of("tk-first", "tk-page"), strings("//fo:simple-page-master/@master-name", seedFo));
        assertEquals(List.of("210mm", "210mm"), strings("//fo:simple-page-master/@page-width", seedFo));
        assertEquals(List.of("tk-running-head", "tk-page-foot", "xsl-footnote-separator"),
                strings("//fo:static-content/@flow-name", seedFo));
        assertEquals("247. Telegram From the Department of State to Secretary of State Shultz in Singapore",
                string("(//fo:marker[@marker-class-name = 'tk-document'])[1]", seedFo));
        assertEquals("H1", string("(//fo:block[@role = 'H1'])[1]/@role", seedFo));
        assertEquals("Telegram From the Department of State to Secretary of State Shultz in Singapore",
                string("/fo:root/fo:declarations//dc:title", seedFo));
        assertEquals("en", string("/fo:root/@xml:lang", seedFo));
    }

    @Test
    void notesAreFootnotesWithTheirOwnNumbers() throws SaxonApiException {
        assertEquals(List.of("1", "2", "3", "4"), strings("//fo:footnote/fo:inline", seedFo));
        assertEquals(List.of("d247fn1", "d247fn2", "d247fn3", "d247fn4"), strings("//fo:footnote-body//fo:block/@id", seedFo));
        // the source note hangs on the heading
        assertEquals("1", string("//fo:block[@role = 'H1']/fo:footnote/fo:inline", seedFo));
    }

    @Test
    void pageBreaksAreMarkersWhereTheyStand() throws SaxonApiException {
        assertEquals(List.of("[1011]", "[1012]", "[1013]", "[1014]", "[1015]"), strings("//*[starts-with(@id, 'pg_')]", seedFo));
        // between blocks a line of its own; in a paragraph an inline marker between its words
        assertEquals("block", string("local-name(//*[@id = 'pg_1011'])", seedFo));
        assertEquals("inline", string("local-name(//*[@id = 'pg_1012'])", seedFo));
        assertTrue(string("//*[@id = 'pg_1012']/..", seedFo).contains("and I agreed in Geneva [1012] to accelerate"));
    }

    @Test
    void letterPagesAndMarkerConventionsAreParameters() throws SaxonApiException {
        XdmNode tei = PdfFixtures.parse(PdfFixtures.tei("Pages", "<p>before<pb n=\"7\"/>after</p>"));
        XdmNode fo = parse(PdfFixtures.renderer().fo(tei, PdfOptions.defaults().withPageSize(PageSize.LETTER)
                .withParameter("page-marker-before", "|p. ").withParameter("page-marker-after", "|")
                .withParameter("font-size", "12")));
        assertEquals(List.of("8.5in", "8.5in"), strings("//fo:simple-page-master/@page-width", fo));
        assertEquals("12pt", string("/fo:root/@font-size", fo));
        assertEquals("before|p. 7|after", string("//fo:block[fo:inline]", fo));
        assertThrows(IllegalArgumentException.class, () -> PdfOptions.defaults().withParameter("page-size", "A5"));
    }

    @Test
    void unknownElementsAreRenderedGenericallyAndReported() throws IOException {
        String body = """
                <p>Known text with <unknownThing>an unknown phrase</unknownThing> inside.</p>
                <x:weird xmlns:x="urn:example">An unknown block.</x:weird>
                <p>After <app><lem>the lemma</lem><rdg>a reading</rdg></app>.</p>""";
        PdfResult result = PdfFixtures.renderer().render(PdfFixtures.parse(PdfFixtures.tei("Generic", body)), PdfOptions.defaults());
        assertEquals(List.of("app", "rdg", "unknownThing", "x:weird"), result.unhandled());
        try (PDDocument pdf = PdfFixtures.load(result.pdf())) {
            String text = squeeze(PdfFixtures.pageTexts(pdf).get(0));
            for (String kept : List.of("anunknownphrase", "Anunknownblock.", "thelemma", "areading")) {
                assertTrue(text.contains(kept), "nothing is dropped: " + kept);
            }
        }
    }

    @Test
    void pageBreaksAndNotesInListsAndTablesKeepTheirStructure() throws IOException, SaxonApiException {
        String body = """
                <list>
                  <item>first item<note n="7">A note in an item.</note></item>
                  <pb n="20"/>
                  <item>second <pb n="21"/>item</item>
                </list>
                <table>
                  <row><cell>a</cell><cell>b<note n="8">A note in a cell.</note></cell></row>
                  <pb n="22"/>
                  <row><cell>c <pb n="23"/>d</cell><cell>e</cell></row>
                </table>""";
        XdmNode tei = PdfFixtures.parse(PdfFixtures.tei("Lists and tables", body));
        XdmNode fo = parse(PdfFixtures.renderer().fo(tei, PdfOptions.defaults()));
        assertEquals(List.of("[20]", "[21]"), strings("//fo:list-item-body//fo:inline[starts-with(., '[')]", fo));
        assertEquals(List.of("[22]", "[23]"), strings("//fo:table-cell//fo:inline[starts-with(., '[')]", fo));
        assertEquals("0", string("count(//fo:list-block/*[not(self::fo:list-item)]) + count(//fo:table-body/*[not(self::fo:table-row)])", fo));
        PdfResult result = PdfFixtures.renderer().render(tei, PdfOptions.defaults());
        try (PDDocument pdf = PdfFixtures.load(result.pdf())) {
            String text = squeeze(PdfFixtures.pageTexts(pdf).get(0));
            for (String expected : List.of("firstitem7", "[20]second[21]item", "b8", "[22]c[23]d", "7Anoteinanitem.", "8Anoteinacell.")) {
                assertTrue(text.contains(expected), expected + " in " + text);
            }
        }
    }

    @Test
    void pageBreaksInNotesAndInWordsAreMarkedWhereTheyStand() throws IOException {
        Path corpus = TestData.project().resolve("corpus/convert/06-page-breaks/expected.xml");
        XdmNode tei = PdfFixtures.parse(Files.readString(corpus));
        PdfResult result = PdfFixtures.renderer().render(tei, PdfOptions.defaults());
        try (PDDocument pdf = PdfFixtures.load(result.pdf())) {
            String notes = String.join("", PdfFixtures.textInSizes(pdf, 8.5f, 8.7f));
            assertTrue(notes.contains(squeeze("informed of the general state of the negotiations")), "the note is a note");
            String all = squeeze(String.join("", PdfFixtures.pageTexts(pdf)));
            assertTrue(all.contains("generalstateofthe[316]negotiations"), "a break inside a note");
            assertTrue(all.contains("nego[315]tiating"), "a break inside a word");
            assertTrue(all.contains("linkedto[314]thelevel"), "a break inside a paragraph");
            assertTrue(all.contains("[313]3.Theprincipalresult"), "a break between paragraphs");
        }
    }

    /** Principle 7 of DESIGN.md, checked on every module of xslt/fo. */
    @Test
    void modulesFollowTheHouseStyle() throws IOException, SaxonApiException {
        Path folder = TestData.project().resolve("xslt/fo");
        List<Path> modules;
        try (Stream<Path> list = Files.list(folder)) {
            modules = list.filter(p -> p.toString().endsWith(".xsl")).sorted().toList();
        }
        assertTrue(modules.size() >= 2, "modules in " + folder);
        for (Path module : modules) {
            XdmNode xsl = parse(Files.readAllBytes(module));
            String name = module.getFileName().toString();
            assertEquals("3.0", string("/*/@version", xsl), name);
            assertEquals("yes", string("/*/@expand-text", xsl), name);
            assertEquals(List.of(), strings("//xsl:mode[not(@on-no-match) or not(@on-multiple-match = 'fail')]/@name", xsl),
                    name + ": modes declare on-no-match and on-multiple-match=\"fail\"");
            assertEquals(List.of(), strings("//xsl:template/@mode[not(starts-with(., 'tkp:'))]", xsl), name + ": private modes");
            assertEquals(List.of(), strings("//xsl:function/@name[not(starts-with(., 'tkp:'))]", xsl),
                    name + ": the FO stylesheet's own functions are private (tkp:)");
            assertEquals(List.of(), strings("(//xsl:param | /*/xsl:variable | //xsl:function/xsl:variable)[not(@as)]/@name", xsl),
                    name + ": parameters and variables are typed");
            assertEquals(List.of(), strings("//xsl:choose[count(xsl:when) gt 2]/base-uri()", xsl), name + ": no xsl:choose ladders");
        }
    }
}
