package org.teikit.transform.html;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** xslt/html/site-index.xsl: the index page of a folder of rendered documents. */
@DisplayName("the site index")
class SiteIndexTest {
    private static final String DOCUMENTS = """
            <documents xmlns="urn:teikit:site">
              <document href="d247.html" n="247" title="Telegram From the Department of State" date="1986-06-24" kind="telegram"/>
              <document href="zeta.html" title="Zeta, a document without a number"/>
              <document href="d31.html" n="31" title="Letter From the President" date="1986-01-02T10:00:00Z" kind="letter"/>
              <document href="alpha.html" n="x" title="Alpha, a document numbered x" date="1900"/>
              <document href="d1000.html" n="1000" title="Memorandum" kind="memorandum-of-conversation"/>
              <document href="d4.html" n="4" title="Four" date="undated"/>
            </documents>""";

    private final Rendered page = Rendered.index(DOCUMENTS);

    @Test
    void listsTheDocumentsByNumberThenTheOthersByTitle() {
        assertEquals(List.of("d4.html", "d31.html", "d247.html", "d1000.html", "alpha.html", "zeta.html"),
                page.strings("//h:table/h:tbody/h:tr/h:td[@class = 'title']/h:a/@href"));
    }

    @Test
    void givesEachItsNumberDateKindAndTitle() {
        String row = "//h:tr[h:td/h:a/@href = 'd247.html']";
        assertAll(
                () -> assertEquals("247", page.string(row + "/h:td[@class = 'n']")),
                () -> assertEquals("1986-06-24", page.string(row + "/h:td[@class = 'date']/h:time/@datetime")),
                () -> assertEquals("24 June 1986", page.string(row + "/h:td[@class = 'date']")),
                () -> assertEquals("telegram", page.string(row + "/h:td[@class = 'kind']")),
                () -> assertEquals("Telegram From the Department of State", page.string(row + "/h:td[@class = 'title']")),
                () -> assertEquals("memorandum of conversation", page.string("//h:tr[h:td/h:a/@href = 'd1000.html']/h:td[@class = 'kind']")),
                () -> assertEquals("undated", page.string("//h:tr[h:td/h:a/@href = 'd4.html']/h:td[@class = 'date']")));
    }

    @Test
    void isAnAccessiblePageWithTheSameStyleAsTheDocuments() {
        assertAll(
                () -> assertTrue(page.html().startsWith("<!DOCTYPE HTML>")),
                () -> assertEquals("en", page.string("/h:html/@lang")),
                () -> assertEquals(1, page.count("/h:html/h:body/h:header/h:h1")),
                () -> assertEquals(1, page.count("/h:html/h:body/h:main")),
                () -> assertEquals(4, page.count("//h:thead/h:tr/h:th[@scope = 'col']")),
                () -> assertEquals(Rendered.body("<p>x</p>").string("/h:html/h:head/h:style"), page.string("/h:html/h:head/h:style")),
                () -> assertEquals(List.of(), page.problems()));
    }

    @Test
    void saysSoWhenThereAreNoDocuments() {
        Rendered empty = Rendered.index("<documents xmlns=\"urn:teikit:site\"/>");
        assertEquals("No documents.", empty.string("//h:main/h:p"));
    }
}
