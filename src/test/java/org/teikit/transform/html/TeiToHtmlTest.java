package org.teikit.transform.html;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.teikit.TestData;

/**
 * xslt/html/tei-to-html.xsl, scenario by scenario in the manner of XSpec: a small TEI in, assertions
 * on the page out (its tree, with XPath; its HTML text; its messages).
 */
class TeiToHtmlTest {

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @DisplayName("the seed document (FRUS 1981–88 V, 247) as teikit converts it")
    class Seed {
        Rendered page;

        @BeforeAll
        void render() throws Exception {
            page = Rendered.xom(TestData.tei(TestData.read(TestData.shared("corpus/frus1981-88v05-d247.txt"))), Map.of());
        }

        @Test
        void isAnHtml5PageInEnglish() {
            assertAll(
                    () -> assertTrue(page.html().startsWith("<!DOCTYPE HTML>"), page.html().substring(0, 40)),
                    () -> assertEquals("en", page.string("/h:html/@lang")),
                    () -> assertEquals(1, page.count("/h:html/h:head/h:style[contains(., '@media print')]")),
                    () -> assertEquals(0, page.count("//h:link | //h:script | //*[@src[starts-with(., 'http')]]")),
                    () -> assertEquals(List.of(), page.messages()),
                    () -> assertEquals(List.of(), page.problems()));
        }

        @Test
        void hasTheLandmarksAndTheHeadingAsH1() {
            assertAll(
                    () -> assertEquals(1, page.count("/h:html/h:body/h:header/h:h1")),
                    () -> assertEquals(1, page.count("/h:html/h:body/h:main")),
                    () -> assertEquals(1, page.count("//h:h1")),
                    () -> assertTrue(page.string("normalize-space(//h:h1)").startsWith(
                            "247. Telegram From the Department of State to Secretary of State Shultz in Singapore")),
                    () -> assertEquals("247. Telegram From the Department of State to Secretary of State Shultz in Singapore",
                            page.string("/h:html/h:head/h:title")),
                    // no site root given: no link to an index
                    () -> assertEquals(0, page.count("//h:nav")));
        }

        @Test
        void hasFourNoteLinksEachWithItsNoteAndItsWayBack() {
            assertEquals(List.of("#d247fn1", "#d247fn2", "#d247fn3", "#d247fn4"), page.strings("//h:a[@class = 'noteref']/@href"));
            for (String n : List.of("1", "2", "3", "4")) {
                String note = "d247fn" + n;
                assertAll(note,
                        () -> assertEquals(n, page.string("//h:sup/h:a[@id = 'fnref-" + note + "']")),
                        () -> assertEquals(1, page.count("//h:section[@class = 'notes']//*[@id = '" + note + "']")),
                        () -> assertEquals(1, page.count("//*[@id = '" + note + "']//h:a[@class = 'backref'][@href = '#fnref-" + note + "']")));
            }
        }

        @Test
        void setsTheSourceNoteApartAndKeepsTheNumbersOfTheOthers() {
            assertAll(
                    () -> assertTrue(page.string("//h:div[@id = 'd247fn1'][tokenize(@class) = 'source-note']").contains(
                            "Source: Department of State, Central Foreign Policy File")),
                    () -> assertTrue(page.test("//h:div[@id = 'd247fn1'] << //h:ol[@class = 'footnotes']")),
                    () -> assertEquals(List.of("2", "3", "4"), page.strings("//h:ol[@class = 'footnotes']/h:li/@value")),
                    () -> assertEquals(List.of("d247fn2", "d247fn3", "d247fn4"), page.strings("//h:ol[@class = 'footnotes']/h:li/@id")),
                    // the marker of the source note stands in the heading
                    () -> assertEquals(1, page.count("//h:h1//h:a[@href = '#d247fn1']")));
        }

        @Test
        void marksFivePagesWhereTheyBreak() {
            assertEquals(List.of("pg_1011", "pg_1012", "pg_1013", "pg_1014", "pg_1015"), page.strings("//h:a[@class = 'pb']/@id"));
            assertAll(
                    () -> assertEquals("#pg_1012", page.string("//h:a[@id = 'pg_1012']/@href")),
                    () -> assertEquals("[1012]", page.string("//h:a[@id = 'pg_1012']")),
                    // 1011 stands before the letter's salutation, the others inside their paragraphs
                    () -> assertEquals(1, page.count("//h:a[@id = 'pg_1011']/following-sibling::*[1][@class = 'opener']")),
                    () -> assertEquals(4, page.count("//h:p/h:a[@class = 'pb']")),
                    () -> assertTrue(page.string("//h:a[@id = 'pg_1012']/preceding-sibling::text()[1]").endsWith("agreed in Geneva ")),
                    () -> assertTrue(page.string("//h:a[@id = 'pg_1013']/following-sibling::text()[1]").startsWith(" conduct to create")),
                    () -> assertTrue(page.string("//h:a[@id = 'pg_1015']/following-sibling::text()[1]").startsWith(" intensification")));
        }

        @Test
        void showsTheCorrespondenceInAPanel() {
            assertAll(
                    () -> assertEquals(1, page.count("/h:html/h:body/h:aside[@aria-label = 'Correspondence']")),
                    () -> assertEquals("Department of State", page.string("//h:aside//h:dt[. = 'From']/following-sibling::h:dd[1]")),
                    () -> assertEquals("Secretary of State Shultz", page.string("//h:aside//h:dt[. = 'To']/following-sibling::h:dd[1]")),
                    () -> assertEquals("telegram", page.string("//h:aside//h:dt[. = 'Kind']/following-sibling::h:dd[1]")),
                    () -> assertEquals("247", page.string("//h:aside//h:dt[. = 'Document']/following-sibling::h:dd[1]")));
        }

        @Test
        void doesNotShowTheHeaderAsText() {
            assertFalse(page.html().contains("converted from plain text by teikit"));
        }

        @Test
        void linksBackToTheIndexWhenGivenASiteRoot() throws Exception {
            Rendered linked = Rendered.xom(TestData.tei(TestData.read(TestData.shared("corpus/frus1981-88v05-d247.txt"))),
                    Map.of("site-root", "../"));
            assertEquals("../index.html", linked.string("/h:html/h:body/h:header/h:nav[@aria-label = 'Site']/h:a/@href"));
        }
    }

    @Nested
    @DisplayName("a page break")
    class PageBreaks {
        final Rendered page = Rendered.body("""
                <p>in a para<pb n="1"/>graph, in a word</p>
                <p>with a note<note n="1">in a <pb n="2"/> note</note></p>
                <list><item>in an <pb n="3"/> item</item><pb n="4"/><item>between items</item></list>
                <table><row><cell>in a <pb n="5"/> cell</cell></row><pb n="6"/><row><cell>between rows</cell></row></table>
                <pb n="7"/>
                <pb n="8"/>
                <p>and <pb/> one without a number</p>""");

        @Test
        void staysInsideTheParagraphItemCellOrNoteWhereItStands() {
            assertAll(
                    () -> assertEquals("in a para[1]graph, in a word", page.string("//h:p[h:a[@id = 'pg_1']]")),
                    () -> assertEquals(1, page.count("//h:ol[@class = 'footnotes']/h:li[@id = 'note-1' or @value = '1']/h:a[@id = 'pg_2']")),
                    () -> assertEquals(1, page.count("//h:ul/h:li[1]/h:a[@id = 'pg_3']")),
                    () -> assertEquals(1, page.count("//h:td[1]/h:a[@id = 'pg_5']")),
                    () -> assertEquals(List.of(), page.problems()));
        }

        @Test
        void betweenItemsOrRowsGoesIntoTheNextOne() {
            assertAll(
                    () -> assertEquals(2, page.count("//h:ul/h:li")),
                    () -> assertEquals(1, page.count("//h:ul/h:li[2]/h:a[@id = 'pg_4']")),
                    () -> assertEquals(2, page.count("//h:tbody/h:tr")),
                    () -> assertEquals(1, page.count("//h:tr[2]/h:td[1]/h:a[@id = 'pg_6']")));
        }

        @Test
        void isALinkToItselfNamedByItsNumber() {
            assertAll(
                    () -> assertEquals(List.of("pg_1", "pg_3", "pg_4", "pg_5", "pg_6", "pg_7", "pg_8", "pb-1", "pg_2"),
                            page.strings("//h:a[tokenize(@class) = 'pb']/@id")),
                    () -> assertEquals(0, page.count("//h:a[tokenize(@class) = 'pb'][@href != concat('#', @id)]")),
                    () -> assertEquals("[‖]", page.string("//h:a[@id = 'pb-1']")),
                    // a break right after another (a blank page) is set below it in the margin
                    () -> assertEquals(1, page.count("//h:a[@id = 'pg_8'][tokenize(@class) = 'run-2']")));
        }

        @Test
        void withANumberGivenTwiceGetsDistinctIds() {
            Rendered twice = Rendered.body("<p>a<pb n=\"9\"/>b</p><p>c<pb n=\"9\"/>d</p>");
            assertEquals(List.of("pg_9-1", "pg_9-2"), twice.strings("//h:a[@class = 'pb']/@id"));
        }
    }

    @Nested
    @DisplayName("notes")
    class Notes {
        final Rendered page = Rendered.body("""
                <div>
                  <p>Text<note n="3" xml:id="n3">three</note> and<note n="7">seven<note n="8">nested</note></note> more<note>no n</note>.</p>
                  <p>Beside<note place="margin">in the margin</note> and in line<note place="inline">in line</note>.</p>
                  <note n="9" anchored="false">a note whose marker was not found</note>
                </div>
                <div type="notes"><head>NOTES</head><note xml:id="N1">a note in a notes division</note></div>
                <p>See <ref target="#N1">[1]</ref>.</p>""");

        @Test
        void keepTheirOwnNumbers() {
            assertAll(
                    // a note without @n is numbered by its place among the listed notes (the fourth)
                    () -> assertEquals(List.of("3", "7", "4", "8"), page.strings("//h:a[@class = 'noteref']")),
                    () -> assertEquals(List.of("3", "7", "8", "4", "9"), page.strings("//h:ol[@class = 'footnotes']/h:li/@value")),
                    () -> assertEquals(List.of("n3", "note-2", "note-3", "note-4", "note-5"),
                            page.strings("//h:ol[@class = 'footnotes']/h:li/@id")),
                    () -> assertEquals(List.of(), page.problems()));
        }

        @Test
        void withoutAnAnchorAreListedWithoutMarkerOrWayBack() {
            assertAll(
                    () -> assertEquals(0, page.count("//h:a[@class = 'noteref'][@href = '#note-5']")),
                    () -> assertEquals(1, page.count("//h:li[@id = 'note-5'][contains(., 'marker was not found')]")),
                    () -> assertEquals(0, page.count("//h:li[@id = 'note-5']//h:a[@class = 'backref']")));
        }

        @Test
        void inTheMarginOrInLineStayWhereTheyStand() {
            assertAll(
                    () -> assertEquals("in the margin", page.string("//h:p/h:span[tokenize(@class) = 'note-margin']")),
                    () -> assertEquals("in line", page.string("//h:p/h:span[tokenize(@class) = 'note-inline']")),
                    () -> assertEquals(0, page.count("//h:ol[@class = 'footnotes']/h:li[contains(., 'margin') or contains(., 'in line')]")));
        }

        @Test
        void betweenBlocksStayThereAndKeepTheirIds() {
            assertAll(
                    () -> assertEquals(1, page.count("//h:section/h:div[@id = 'N1'][tokenize(@class) = 'note-block']")),
                    () -> assertEquals("#N1", page.string("//h:a[@class = 'ref']/@href")));
        }
    }

    @Nested
    @DisplayName("a paragraph holding a list and a block quotation (as teikit writes them)")
    class SplitParagraph {
        final Rendered page = Rendered.body("""
                <p xml:id="p1">Make these points:<list rend="labelled"><item><label>(1)</label> one</item><item><label>(2)</label> two</item></list></p>
                <p>He wrote:<quote rend="blockquote"><p>quoted</p></quote>and went on.</p>""");

        @Test
        void becomesParagraphsAroundTheBlocks() {
            assertAll(
                    () -> assertEquals(1, page.count("//h:div[@id = 'p1'][tokenize(@class) = 'p-split']/h:p[. = 'Make these points:']"
                            + "/following-sibling::h:ul[1]/h:li[2][. = '(2) two']")),
                    () -> assertEquals(List.of("He wrote:", "and went on."), page.strings("//h:div[h:blockquote]/h:p")),
                    () -> assertEquals("quoted", page.string("//h:blockquote/h:p")),
                    () -> assertEquals(List.of(), page.problems()));
        }
    }

    @Nested
    @DisplayName("any TEI element")
    class Generic {
        @Test
        void withoutARenderingIsAGenericSpanOrDivAndIsReported() {
            Rendered page = Rendered.body("<p>a <mystery n=\"1\">word</mystery></p><riddle><p>block</p></riddle>");
            assertAll(
                    () -> assertEquals("word", page.string("//h:p/h:span[@class = 'tei-mystery']")),
                    () -> assertEquals("block", page.string("//h:main//h:div[@class = 'tei-riddle']/h:p")),
                    () -> assertEquals(List.of("teikit:unhandled mystery", "teikit:unhandled riddle"), page.messages()),
                    () -> assertEquals(List.of(), page.problems()));
        }

        @Test
        void inAnotherNamespaceIsReportedByItsQualifiedName() {
            Rendered page = Rendered.body("<p xmlns:x=\"urn:x\">a <x:thing>b</x:thing></p>");
            assertEquals(List.of("x:thing"), page.unhandled());
        }

        @Test
        void thatIsKnownIsNotReported() {
            Rendered page = Rendered.body("""
                    <div type="chapter"><head>H</head><epigraph><cit><quote><l>l</l></quote><bibl>b</bibl></cit></epigraph>
                    <lg><l>a</l></lg><sp><speaker>A</speaker><p>x <stage>s</stage></p></sp>
                    <p><hi rend="italic">i</hi> <emph>e</emph> <title>t</title> <foreign xml:lang="la">f</foreign> <persName>p</persName>
                    <placeName>pl</placeName> <orgName>o</orgName> <name>n</name> <rs>r</rs> <date when="2000">d</date> <term>t</term>
                    <gloss>g</gloss> <ref target="#x">r</ref> <ptr target="http://example.org/"/> <lb/> <cb n="2"/> <milestone unit="section"/>
                    <choice><abbr>a</abbr><expan>b</expan></choice> <choice><sic>s</sic><corr>c</corr></choice> <add>a</add> <del>d</del>
                    <gap/> <unclear>u</unclear> <supplied>s</supplied> <space quantity="2"/> <fw>f</fw> <q>q</q> <seg>s</seg>
                    <figure><graphic url="x.png"/><figDesc>alt</figDesc></figure></p>
                    <opener><dateline>d</dateline><salute>s</salute></opener><closer><signed>s</signed></closer>
                    <floatingText><body><p>f</p></body></floatingText><ab>ab</ab>
                    <list type="gloss"><head>h</head><label>l</label><item>i</item></list>
                    <table><row><cell>c</cell></row></table></div>""");
            assertAll(
                    () -> assertEquals(List.of(), page.messages()),
                    () -> assertEquals(List.of(), page.problems()));
        }
    }

    @Nested
    @DisplayName("the page's language")
    class Language {
        @Test
        void isTheTeisLanguage() {
            assertEquals("de", Rendered.tei("<TEI xml:lang=\"de\"><teiHeader/><text><body><p>x</p></body></text></TEI>")
                    .string("/h:html/@lang"));
        }

        @Test
        void isEnglishWhenTheTeiSaysNothing() {
            assertEquals("en", Rendered.body("<p>x</p>").string("/h:html/@lang"));
        }

        @Test
        void ofAPassageIsItsOwn() {
            assertEquals("la", Rendered.body("<p>x <foreign xml:lang=\"la\">lingua</foreign></p>").string("//h:i[. = 'lingua']/@lang"));
        }

        @Test
        void isALanguageTagHtmlAccepts() {
            Rendered page = Rendered.tei("<TEI xml:lang=\"ger\"><teiHeader/><text><body><p><foreign xml:lang=\"fre\">a</foreign>"
                    + "<foreign xml:lang=\"zh-tw\">b</foreign><foreign xml:lang=\"grc\">c</foreign><foreign xml:lang=\"sp\">d</foreign>"
                    + "</p></body></text></TEI>");
            assertAll(
                    () -> assertEquals("de", page.string("/h:html/@lang")),
                    () -> assertEquals(List.of("fr", "zh-tw", "grc", ""), page.strings("//h:i/@lang")));
        }
    }

    @Nested
    @DisplayName("running text")
    class RunningText {
        final Rendered page = Rendered.body("""
                <div><head>One</head><div><head>One.One</head>
                <p><choice><sic>teh</sic><corr>the</corr></choice> <choice><abbr>Hr.</abbr><expan>Herr</expan></choice>
                <hi rend="sup">r</hi> <hi rend="italic bold">ib</hi> <hi>plain</hi>
                <ref target="#x">local</ref> <ref target="https://example.org/">far <ref target="#y">inner</ref></ref>
                <date when="1986-06-24">June 24</date></p></div></div>""");

        @Test
        void showsOneReadingOfAChoice() {
            assertAll(
                    () -> assertEquals(List.of("the", "Herr"), page.strings("//h:span[@class = 'choice']")),
                    () -> assertEquals(List.of("sic: teh", "abbr: Hr."), page.strings("//h:span[@class = 'choice']/@title")));
        }

        @Test
        void highlightsAsRendAsks() {
            assertAll(
                    () -> assertEquals("r", page.string("//h:sup[tokenize(@class) = 'hi']")),
                    () -> assertEquals("r-italic r-bold", page.string("//h:i[. = 'ib']/substring-after(@class, 'hi ')")),
                    () -> assertEquals(1, page.count("//h:i[@class = 'hi'][. = 'plain']")));
        }

        @Test
        void linksWithoutNestingLinks() {
            assertAll(
                    () -> assertEquals("#x", page.string("//h:a[. = 'local']/@href")),
                    () -> assertEquals("https://example.org/", page.string("//h:a[starts-with(., 'far')]/@href")),
                    () -> assertEquals(0, page.count("//h:a//h:a")),
                    () -> assertEquals("1986-06-24", page.string("//h:time/@datetime")));
        }

        @Test
        void headsDivisionsByTheirDepth() {
            assertEquals(List.of("h2", "h3"), page.strings("//h:section/*[1]/local-name()"));
        }
    }

    @Nested
    @DisplayName("a volume of many documents")
    class Volume {
        final Rendered page = Rendered.body("""
                <div type="chapter"><head>Chapter I</head>
                <div type="document" n="1" xml:id="d1"><head>1. Telegram From A to B<note n="1" xml:id="d1fn1" type="source">Source: X.</note></head>
                  <p>One<note n="2" xml:id="d1fn2">two</note></p></div>
                <div type="document" n="2" xml:id="d2"><note type="source" rend="inline">Source: Y.</note><head>Letter From C to D</head>
                  <p>Two<note n="1" xml:id="d2fn1">one again</note></p></div>
                </div>""");

        @Test
        void givesEachDocumentItsHeadingAndItsNotes() {
            assertAll(
                    () -> assertEquals("Test", page.string("//h:h1")),
                    // older volumes leave the number out of the head: it is put before it
                    () -> assertEquals(List.of("1. Telegram From A to B1", "2. Letter From C to D"), page.strings("//h:article/h:h3")),
                    () -> assertEquals(List.of("d1fn1", "d1fn2"),
                            page.strings("//h:article[@id = 'd1']/h:section[@class = 'notes']//@id[. = ('d1fn1', 'd1fn2')]")),
                    () -> assertEquals(List.of("1"), page.strings("//h:article[@id = 'd2']//h:ol[@class = 'footnotes']/h:li/@value")),
                    // the source note printed under the heading has no marker, so no way back
                    () -> assertEquals(1, page.count("//h:article[@id = 'd2']//h:div[tokenize(@class) = 'source-note'][not(.//h:a)]")),
                    () -> assertEquals(0, page.count("/h:html/h:body/h:main/h:section[@class = 'notes']")),
                    () -> assertEquals(List.of(), page.problems()));
        }
    }

    @Nested
    @DisplayName("a teiCorpus")
    class Corpus {
        @Test
        void isOneArticlePerTei() {
            Rendered page = Rendered.tei("""
                    <teiCorpus xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Corpus</title></titleStmt></fileDesc></teiHeader>
                    <TEI xml:id="t1"><teiHeader><fileDesc><titleStmt><title>First</title></titleStmt></fileDesc></teiHeader>
                    <text><body><p>a<note>n</note></p></body></text></TEI>
                    <TEI xml:id="t2"><teiHeader><fileDesc><titleStmt><title>Second</title></titleStmt></fileDesc></teiHeader>
                    <text><body><p>b</p></body></text></TEI>
                    </teiCorpus>""");
            assertAll(
                    () -> assertEquals("Corpus", page.string("//h:h1")),
                    () -> assertEquals(List.of("First", "Second"), page.strings("//h:main/h:article/h:h2")),
                    () -> assertEquals(1, page.count("//h:main/h:section[@class = 'notes']//h:li")),
                    () -> assertEquals(List.of(), page.problems()));
        }
    }

    @Nested
    @DisplayName("a letter with its correspondence in the header")
    class Letter {
        final Rendered page = Rendered.tei("""
                <TEI><teiHeader><fileDesc><titleStmt><title level="s">Letters</title><title level="a">A to B</title></titleStmt>
                <publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc>
                <profileDesc><correspDesc>
                  <correspAction type="sent"><persName>Writer, A.</persName><placeName>Wien</placeName><date when="1905-07-20"/></correspAction>
                  <correspAction type="received"><persName>Reader, B.</persName><date notBefore="1905-07-21" notAfter="1905-07-25"/></correspAction>
                </correspDesc></profileDesc></teiHeader>
                <text><body><div><opener><salute>Dear B,</salute></opener><p>text</p><closer>Yours<lb/><signed>A</signed></closer></div></body></text></TEI>""");

        @Test
        void saysWhoWroteToWhomWhereAndWhen() {
            assertAll(
                    () -> assertEquals("A to B", page.string("//h:h1")),
                    () -> assertEquals(List.of("From", "To", "Sent from", "Date", "Received"), page.strings("//h:aside/h:dl/h:dt")),
                    () -> assertEquals(List.of("Writer, A.", "Reader, B.", "Wien", "20 July 1905", "21 July 1905 – 25 July 1905"),
                            page.strings("//h:aside/h:dl/h:dd")),
                    () -> assertEquals("1905-07-20", page.string("(//h:aside//h:time)[1]/@datetime")));
        }

        @Test
        void setsTheOpenerAndCloserAsLines() {
            assertAll(
                    () -> assertEquals("Dear B,", page.string("//h:div[@class = 'opener']/h:p[@class = 'salute']")),
                    () -> assertEquals("A", page.string("//h:div[@class = 'closer']/h:p[@class = 'signed']")),
                    () -> assertEquals(List.of(), page.problems()));
        }
    }
}
