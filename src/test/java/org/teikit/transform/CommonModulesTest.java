package org.teikit.transform;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.List;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.teikit.TestData;

/**
 * The shared modules of {@code xslt/common/}, function by function in the manner of XSpec: a small TEI
 * in, a function of the module called on a node of it (Saxon's {@code callFunction}), its result
 * compared. The modules are included, as every output includes them, into a stylesheet of nothing else.
 */
class CommonModulesTest {
    private static final String TEI = "http://www.tei-c.org/ns/1.0";
    private static final Processor PROCESSOR = new Processor(false);
    private static final Xslt30Transformer MODULES = modules();

    private static Xslt30Transformer modules() {
        // a package, so that its functions can be made public for calling from outside
        StringBuilder wrapper = new StringBuilder("<xsl:package version='3.0' name='urn:teikit:test:common'"
                + " xmlns:xsl='http://www.w3.org/1999/XSL/Transform'>"
                + "<xsl:expose component='function' names='*' visibility='public'/>");
        for (String module : List.of("structure", "inline", "notes", "pages", "correspondence")) {
            wrapper.append("<xsl:include href='").append(TestData.project().resolve("xslt/common/" + module + ".xsl").toUri())
                    .append("'/>");
        }
        wrapper.append("</xsl:package>");
        try {
            return PROCESSOR.newXsltCompiler().compile(new StreamSource(new StringReader(wrapper.toString()))).load30();
        } catch (SaxonApiException e) {
            throw new IllegalStateException("xslt/common does not compile: " + e.getMessage(), e);
        }
    }

    /** A TEI document; the TEI namespace is the default. */
    private static XdmNode tei(String xml) throws SaxonApiException {
        DocumentBuilder builder = PROCESSOR.newDocumentBuilder();
        return builder.build(new StreamSource(new StringReader(xml.replaceFirst("<TEI", "<TEI xmlns='" + TEI + "'"))));
    }

    private static XdmNode node(XdmNode document, String xpath) throws SaxonApiException {
        XPathCompiler xpc = PROCESSOR.newXPathCompiler();
        xpc.declareNamespace("", TEI);
        xpc.declareNamespace("tei", TEI);
        return (XdmNode) xpc.evaluateSingle(xpath, document);
    }

    /** {@code tk:NAME(args…)}; strings become xs:string arguments. */
    private static XdmValue call(String name, Object... arguments) throws SaxonApiException {
        XdmValue[] values = new XdmValue[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            values[i] = arguments[i] instanceof XdmValue v ? v : new XdmAtomicValue((String) arguments[i]);
        }
        return MODULES.callFunction(new QName("urn:teikit", name), values);
    }

    private static String string(String name, Object... arguments) throws SaxonApiException {
        return call(name, arguments).stream().map(XdmItem::getStringValue).reduce("", (a, b) -> a.isEmpty() ? b : a + "|" + b);
    }

    @Nested
    @DisplayName("notes.xsl")
    class Notes {
        final XdmNode doc = tei("<TEI><teiHeader><fileDesc><titleStmt><title>T<note>in the header</note></title></titleStmt>"
                + "</fileDesc></teiHeader><text><body><div>"
                + "<head>1. Heading<note n='0' type='source' xml:id='src'>Source.</note></head>"
                + "<p>One<note n='a'>lettered</note> two<note>unnumbered</note> three<note n='*' anchored='false'>star</note>"
                + " four<note place='margin'>margin</note> five<note place='inline'>inline</note></p>"
                + "<note>between blocks</note><p xml:id='note-2'>taken id</p></div>"
                + "<div><head>2. Heading<note type='source'>unnumbered source</note></head></div></body></text></TEI>");

        Notes() throws SaxonApiException {
        }

        @Test
        void kindsFollowTypePlaceAndWhereTheNoteStands() throws SaxonApiException {
            assertEquals(List.of("header", "source", "foot", "foot", "foot", "margin", "inline", "block", "source"),
                    kinds("//note"));
        }

        private List<String> kinds(String xpath) throws SaxonApiException {
            XPathCompiler xpc = PROCESSOR.newXPathCompiler();
            xpc.declareNamespace("", TEI);
            List<String> kinds = new java.util.ArrayList<>();
            for (XdmItem note : xpc.evaluate(xpath, doc)) {
                kinds.add(string("note-kind", note));
            }
            return kinds;
        }

        @Test
        void labelsAreTheNotesOwnNumbersAndAnUnnumberedListedNoteIsCountedAmongTheListed() throws SaxonApiException {
            assertAll(
                    () -> assertEquals("0", string("note-label", node(doc, "//note[@xml:id = 'src']"))),
                    () -> assertEquals("a", string("note-label", node(doc, "//note[@n = 'a']"))),
                    () -> assertEquals("*", string("note-label", node(doc, "//note[@n = '*']"))),
                    // the second footnote (a, this one): the source note does not count
                    () -> assertEquals("2", string("note-label", node(doc, "//note[. = 'unnumbered']"))),
                    () -> assertEquals("*", string("note-label", node(doc, "//note[. = 'unnumbered source']"))),
                    // a note not listed has no label of its own to give
                    () -> assertEquals("", string("note-label", node(doc, "//note[. = 'margin']"))));
        }

        @Test
        void idsAreTheNotesOwnElseDerivedWithoutClashing() throws SaxonApiException {
            assertAll(
                    () -> assertEquals("src", string("note-id", node(doc, "//note[@xml:id = 'src']"))),
                    () -> assertEquals("note-3", string("note-id", node(doc, "//note[. = 'unnumbered']"))),
                    // "note-2" is taken by a paragraph
                    () -> assertEquals("tk-note-2", string("note-id", node(doc, "//note[@n = 'a']"))),
                    () -> assertEquals("fnref-src", string("note-marker-id", node(doc, "//note[@xml:id = 'src']"))));
        }

        @Test
        void aNoteWithoutAnchorOrBetweenBlocksHasNoMarker() throws SaxonApiException {
            assertAll(
                    () -> assertEquals("true", string("note-has-marker", node(doc, "//note[@n = 'a']"))),
                    () -> assertEquals("false", string("note-has-marker", node(doc, "//note[@n = '*']"))),
                    () -> assertEquals("false", string("note-has-marker", node(doc, "//note[. = 'between blocks']"))),
                    () -> assertEquals("Source.|lettered|unnumbered|star",
                            string("listed-notes", node(doc, "//div"))));
        }
    }

    @Nested
    @DisplayName("pages.xsl")
    class Pages {
        final XdmNode doc = tei("<TEI><text><body><pb n='12' xml:id='p12'/><p>a<pb n='13'/>b<pb n='13'/>c<pb/>d"
                + "<pb n='ii 3'/></p></body></text></TEI>");

        Pages() throws SaxonApiException {
        }

        @Test
        void idsAreTheBreaksOwnElseMadeOfTheNumberUniqueInTheDocument() throws SaxonApiException {
            assertAll(
                    () -> assertEquals("p12", string("page-id", node(doc, "(//pb)[1]"))),
                    () -> assertEquals("pg_13-1", string("page-id", node(doc, "(//pb)[2]"))),
                    () -> assertEquals("pg_13-2", string("page-id", node(doc, "(//pb)[3]"))),
                    () -> assertEquals("pb-1", string("page-id", node(doc, "(//pb)[4]"))),
                    () -> assertEquals("pg_ii_3", string("page-id", node(doc, "(//pb)[5]"))),
                    () -> assertEquals("ii 3", string("page-label", node(doc, "(//pb)[5]"))),
                    () -> assertEquals("", string("page-label", node(doc, "(//pb)[4]"))));
        }
    }

    @Nested
    @DisplayName("correspondence.xsl")
    class Correspondence {
        final XdmNode letter = tei("<TEI><teiHeader><fileDesc><titleStmt><title type='sub'>sub</title>"
                + "<title>Letter to Vance</title></titleStmt></fileDesc><profileDesc><correspDesc>"
                + "<correspAction type='sent'><persName>Carlucci</persName><placeName>Lisbon</placeName>"
                + "<date notBefore='1977-06' notAfter='1977-07'/></correspAction>"
                + "<correspAction type='received'><persName>Vance</persName><persName>Brzezinski</persName></correspAction>"
                + "</correspDesc></profileDesc></teiHeader><text><body><div type='document' n='112'><head>112. Letter</head>"
                + "</div></body></text></TEI>");
        final XdmNode telegram = tei("<TEI><text><body><div type='document'>"
                + "<head>58. Telegram From the Embassy in Bonn to the Department of State</head>"
                + "<opener><dateline><placeName>Bonn</placeName>, <date when='1980-02-03'>February 3, 1980</date></dateline></opener>"
                + "</div></body></text></TEI>");

        Correspondence() throws SaxonApiException {
        }

        @Test
        void theHeaderNamesTheCorrespondentsElseTheHeadingDoes() throws SaxonApiException {
            assertAll(
                    () -> assertEquals("Carlucci", string("correspondents", letter, "sent")),
                    () -> assertEquals("Vance|Brzezinski", string("correspondents", letter, "received")),
                    () -> assertEquals("the Embassy in Bonn", string("correspondents", telegram, "sent")),
                    () -> assertEquals("the Department of State", string("correspondents", telegram, "received")),
                    () -> assertEquals("Lisbon", string("correspondence-places", letter, "sent")),
                    // without a header, the dateline's place
                    () -> assertEquals("Bonn", string("correspondence-places", telegram, "sent")));
        }

        @Test
        void titleNumberAndKind() throws SaxonApiException {
            assertAll(
                    () -> assertEquals("Letter to Vance", string("title", letter)),
                    () -> assertEquals("58. Telegram From the Embassy in Bonn to the Department of State", string("title", telegram)),
                    () -> assertEquals("112", string("document-number", letter)),
                    () -> assertEquals("58", string("document-number", telegram)),
                    () -> assertEquals("telegram", string("document-kind", telegram)),
                    () -> assertEquals("memorandum of conversation", string("kind-label", "memorandum-of-conversation")));
        }

        @Test
        void datesReadAsWordsAndAsIsoValues() throws SaxonApiException {
            XdmNode sent = (XdmNode) call("correspondence-dates", letter, "sent").itemAt(0);
            XdmNode dateline = (XdmNode) call("correspondence-dates", telegram, "sent").itemAt(0);
            assertAll(
                    () -> assertEquals("June 1977 – July 1977", string("date-label", sent)),
                    () -> assertEquals("1977-06", string("date-value", sent)),
                    () -> assertEquals("February 3, 1980", string("date-label", dateline)),
                    () -> assertEquals("1980-02-03", string("date-value", dateline)),
                    () -> assertEquals("24 June 1986, 23:46 UTC", string("format-date", "1986-06-24T23:46:00Z")),
                    () -> assertEquals("24 June 1986", string("format-date", "1986-06-24")),
                    () -> assertEquals("about 1986", string("format-date", "about 1986")),
                    () -> assertEquals("false", string("is-iso-date", "1986-13")));
        }
    }

    @Nested
    @DisplayName("inline.xsl and structure.xsl")
    class InlineAndStructure {
        final XdmNode doc = tei("<TEI xml:lang='de'><text><body><p rend='Italics sc sc gesperrt'>"
                + "<choice><sic>Secertary</sic><corr>Secretary</corr></choice><choice><abbr>DCI</abbr><expan>Director</expan></choice>"
                + "<q>“quoted”</q><q>plain</q><hi>x</hi></p><opener><salute>Dear Cy:</salute></opener></body></text></TEI>");

        InlineAndStructure() throws SaxonApiException {
        }

        @Test
        void rendValuesAreNormalisedOnce() throws SaxonApiException {
            assertEquals("italic|smallcaps|spaced", string("rend", node(doc, "//p")));
        }

        @Test
        void aChoiceShowsTheCorrectionOrTheExpansion() throws SaxonApiException {
            assertAll(
                    () -> assertEquals("Secretary", string("choice-reading", node(doc, "(//choice)[1]"))),
                    () -> assertEquals("Director", string("choice-reading", node(doc, "(//choice)[2]"))),
                    () -> assertEquals("DCI", string("choice-alternatives", node(doc, "(//choice)[2]"))));
        }

        @Test
        void quotationMarksOfTheirOwnAreSeen() throws SaxonApiException {
            assertAll(
                    () -> assertEquals("true", string("has-own-quotation-marks", node(doc, "(//q)[1]"))),
                    () -> assertEquals("false", string("has-own-quotation-marks", node(doc, "(//q)[2]"))));
        }

        @Test
        void blocksPhrasesAndLanguage() throws SaxonApiException {
            assertAll(
                    () -> assertEquals("true", string("is-block", node(doc, "//p"))),
                    () -> assertEquals("false", string("is-block", node(doc, "//hi"))),
                    () -> assertEquals("true", string("is-block", node(doc, "//salute"))),
                    () -> assertEquals("de", string("language", node(doc, "//hi"))));
        }
    }
}
