package org.teikit.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import net.sf.saxon.s9api.SaxonApiException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.TestData;
import org.teikit.Toolkit;
import org.teikit.io.AtomicFiles;
import org.teikit.io.OutputExistsException;
import org.xml.sax.SAXException;

/** {@code export mets}: valid METS + MODS on the corpus and the shared letters, true checksums, links that resolve. */
class MetsExporterTest {
    private static final Toolkit TOOLKIT = new Toolkit();
    private static MetsSchema schema;

    @BeforeAll
    static void schemas() throws SAXException {
        schema = new MetsSchema();
    }

    @Test
    void corpusWithRenderingsIsValidAndMeasured(@TempDir Path out) throws Exception {
        List<Path> names = BuildFixture.write(out, TOOLKIT, BuildFixture.corpusCases(), true);
        BuildLayout layout = new BuildLayout(out);
        List<DocumentFiles> documents = layout.documents();
        assertEquals(names.stream().sorted().toList(), documents.stream().map(DocumentFiles::name).toList());
        for (DocumentFiles document : documents) {
            TOOLKIT.metsExporter().export(document, layout.metsFolder(), MetsOptions.defaults());
            Path mets = BuildLayout.metsFile(layout.metsFolder(), document.name());
            assertEquals(List.of(), schema.errors(mets));
            assertFilesMatch(mets, document.files().size());
        }
        XmlQuery first = new XmlQuery(BuildLayout.metsFile(layout.metsFolder(), names.get(0)));
        assertEquals(List.of("MASTER", "HTML", "TEXT", "PDF"), first.values("//mets:fileGrp/@USE"));
        assertEquals(List.of("application/tei+xml", "text/html", "text/plain", "application/pdf"), first.values("//mets:file/@MIMETYPE"));
        XmlQuery nested = new XmlQuery(BuildLayout.metsFile(layout.metsFolder(), names.get(names.size() - 1)));
        assertTrue(nested.value("//mets:file[@ID = 'file-master']/mets:FLocat/@xlink:href").startsWith("../../tei/sub/"),
                "a document in a subfolder links up to the layout's root");
    }

    @Test
    void dublinCoreRecordIsReferencedFromADmdSec(@TempDir Path out) throws Exception {
        List<Path> names = BuildFixture.write(out, TOOLKIT, List.of("02-letter-salutation-close", "06-page-breaks"), false);
        BuildLayout layout = new BuildLayout(out);
        for (Path name : names) {
            Path tei = layout.file(FileKind.TEI, name);
            byte[] dc = TOOLKIT.dublinCoreExporter().export(new ExportSource(TOOLKIT.renderer().readWithLines(tei), tei.toString())).dc();
            AtomicFiles.write(layout.file(FileKind.DC, name), dc, false);
        }
        for (DocumentFiles document : layout.documents()) {
            assertTrue(document.files().containsKey(FileKind.DC), document.name().toString());
            TOOLKIT.metsExporter().export(document, layout.metsFolder(), MetsOptions.defaults());
            Path mets = BuildLayout.metsFile(layout.metsFolder(), document.name());
            assertEquals(List.of(), schema.errors(mets));
            assertFilesMatch(mets, document.files().size() - 1);
            XmlQuery query = new XmlQuery(mets);
            Path record = Path.of(mets.toUri().resolve(new URI(query.value("//mets:dmdSec[@ID = 'dmd-dc']/mets:mdRef/@xlink:href"))));
            assertEquals(layout.file(FileKind.DC, document.name()).toAbsolutePath().normalize(), record.normalize());
            assertEquals(sha256(record), query.value("//mets:mdRef[@MDTYPE = 'DC']/@CHECKSUM"));
            assertEquals(Long.toString(Files.size(record)), query.value("//mets:mdRef[@MDTYPE = 'DC']/@SIZE"));
            assertEquals("dmd-mods dmd-dc", query.value("//mets:div[@ID = 'div-document']/@DMDID"));
            assertEquals(List.of("MASTER", "HTML", "TEXT"), query.values("//mets:fileGrp/@USE"), "the record is in no file group");
        }
    }

    /** Each FLocat resolves, relative to the METS file, to a file of the stated size and SHA-256. */
    private static void assertFilesMatch(Path mets, int expectedFiles) throws Exception {
        XmlQuery query = new XmlQuery(mets);
        List<String> hrefs = query.values("//mets:file/mets:FLocat/@xlink:href");
        assertEquals(expectedFiles, hrefs.size(), mets.toString());
        for (int i = 0; i < hrefs.size(); i++) {
            Path file = Path.of(mets.toUri().resolve(new URI(hrefs.get(i))));
            assertTrue(Files.isRegularFile(file), hrefs.get(i) + " resolves from " + mets);
            assertEquals(sha256(file), query.values("//mets:file/@CHECKSUM").get(i), file.toString());
            assertEquals(Long.toString(Files.size(file)), query.values("//mets:file/@SIZE").get(i), file.toString());
        }
        assertEquals(List.of("SHA-256"), query.values("distinct-values(//mets:file/@CHECKSUMTYPE)"));
        assertEquals(query.values("//mets:file/@ID"), query.values("//mets:div[@ID = 'div-document']/mets:fptr/@FILEID"),
                "the document's div points to every file");
    }

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void letterHeaderAsMods(@TempDir Path out) throws Exception {
        XmlQuery mets = exportCase(out, "02-letter-salutation-close");
        assertEquals("Letter From Senator Charles W. Redmond to Secretary of State Vance", mets.value("//mods:titleInfo/mods:title"));
        assertEquals(List.of("Senator Charles W. Redmond|aut|sender", "Secretary of State Vance|rcp|addressee"),
                mets.values("//mods:name ! string-join((mods:namePart, mods:role/mods:roleTerm), '|')"));
        assertEquals("1978-03-09", mets.value("//mods:originInfo[@eventType = 'production']/mods:dateCreated[@keyDate = 'yes']"));
        assertEquals("March 9, 1978", mets.value("//mods:displayDate"));
        assertEquals("Washington", mets.value("//mods:originInfo/mods:place/mods:placeTerm"));
        assertEquals("letter", mets.value("//mods:genre"));
        assertEquals("87", mets.value("//mods:part/mods:detail[@type = 'document']/mods:number"));
        assertEquals("d87", mets.value("//mods:identifier[@type = 'local']"));
        assertEquals("No classification marking", mets.value("//mods:relatedItem[@type = 'original']/mods:note[@type = 'classification']"));
        assertTrue(mets.value("//mods:relatedItem[@type = 'original']/mods:note[1]").startsWith("National Archives, RG 59"));
        assertNull(mets.value("//mods:language"), "the TEI declares no language, and MODS does not guess one");
        assertEquals("d87", mets.value("/mets:mets/@OBJID"));
        assertEquals("letter", mets.value("/mets:mets/@TYPE"));
    }

    @Test
    void pageBreaksAsPages(@TempDir Path out) throws Exception {
        XmlQuery mets = exportCase(out, "06-page-breaks");
        Path tei = out.resolve("tei/06-page-breaks.xml");
        XmlQuery source = new XmlQuery(tei);
        List<String> numbers = source.values("//tei:text//tei:pb[not(ancestor::tei:note)]/@n");
        assertTrue(numbers.size() > 1);
        assertEquals(numbers, mets.values("//mets:div[@TYPE = 'page']/@ORDERLABEL"));
        assertEquals(List.of("1", "2", "3").subList(0, numbers.size()), mets.values("//mets:div[@TYPE = 'page']/@ORDER"));
        assertEquals(source.values("//tei:text//tei:pb[not(ancestor::tei:note)]/@xml:id"),
                mets.values("//mets:div[@TYPE = 'page']/mets:fptr/mets:area[@FILEID = 'file-master'][@BETYPE = 'IDREF']/@BEGIN"));
    }

    @Test
    void everySharedLetter(@TempDir Path out) throws Exception {
        Path letters = TestData.shared("tei-samples/letters");
        List<DocumentFiles> documents = new BuildLayout(letters).documents();
        assertTrue(documents.size() >= 5, "the letters are a plain folder of TEI");
        for (DocumentFiles document : documents) {
            TOOLKIT.metsExporter().export(document, out, MetsOptions.defaults());
            Path mets = BuildLayout.metsFile(out, document.name());
            assertEquals(List.of(), schema.errors(mets));
            assertFilesMatch(mets, 1);
        }
        XmlQuery schnitzler = new XmlQuery(out.resolve("schnitzler-briefe_L00001.mets.xml"));
        assertEquals("2021-01-22T00:00:00Z", schnitzler.value("//mets:metsHdr/@CREATEDATE"), "the newest revision");
        assertEquals("https://creativecommons.org/licenses/by/4.0/deed.de", schnitzler.value("//mods:accessCondition/@xlink:href"));
        assertEquals("https://hdl.handle.net/21.11115/0000-000E-6B22-4", schnitzler.value("//mods:identifier[@type = 'hdl']"));
        assertEquals("de-AT", schnitzler.value("//mods:languageTerm[@authority = 'rfc5646']"));
        assertEquals(List.of("Mamroth, Fedor|aut", "Schnitzler, Arthur|rcp", "Müller, Martin Anton|edt", "Susen, Gerd-Hermann|edt"),
                schnitzler.values("//mods:name ! string-join((mods:namePart, mods:role/mods:roleTerm[@type = 'code']), '|')"));
        assertEquals("1889-08-02", schnitzler.value("//mods:dateCreated[@keyDate = 'yes']"));
        assertEquals("Austrian Centre for Digital Humanities", schnitzler.value("//mods:originInfo[@eventType = 'publication']/mods:publisher"));
        assertEquals("schnitzler-briefe", schnitzler.value("//mods:relatedItem[@type = 'host']/mods:titleInfo/mods:title"));
        assertEquals("Schnitzler, B\u00a068", schnitzler.value("//mods:relatedItem[@type = 'original']//mods:shelfLocator"));
        XmlQuery escher = new XmlQuery(out.resolve("escher_K_0133_AE_an_Heer_Oswald_1836-10-12_1836-10-17.mets.xml"));
        assertEquals(List.of("Gymnasien", "Entomologie", "Turnen und Sport", "Reisen und Ausflüge", "Jugend- und Studentenzeit"),
                escher.values("//mods:subject/mods:topic"));
        assertEquals("Brief", escher.value("//mods:genre"), "the TEI's own @type when no kind is given");
        assertNull(escher.value("//mets:metsHdr/@CREATEDATE"), "no date of its own, no clock");
    }

    @Test
    void sourceDateAndSameBytes(@TempDir Path out) throws Exception {
        BuildFixture.write(out, TOOLKIT, List.of("01-telegram-dateline-time"), false);
        DocumentFiles document = new BuildLayout(out).documents().get(0);
        Path mets = out.resolve("mets.xml");
        MetsRecord plain = TOOLKIT.metsExporter().mets(document, mets, null);
        assertArrayEquals(plain.xml(), TOOLKIT.metsExporter().mets(document, mets, null).xml());
        assertTrue(plain.createDate().isEmpty(), "a converted document gives no date for itself");
        MetsRecord dated = TOOLKIT.metsExporter().mets(document, mets, Instant.ofEpochSecond(1_700_000_000L));
        assertEquals(Instant.parse("2023-11-14T22:13:20Z"), dated.createDate().orElseThrow());
        assertTrue(new String(dated.xml(), java.nio.charset.StandardCharsets.UTF_8).contains("CREATEDATE=\"2023-11-14T22:13:20Z\""));
    }

    @Test
    void refusesToOverwriteAndNonTei(@TempDir Path out) throws Exception {
        BuildFixture.write(out, TOOLKIT, List.of("07-heading-note-only"), false);
        DocumentFiles document = new BuildLayout(out).documents().get(0);
        TOOLKIT.metsExporter().export(document, out.resolve("mets"), MetsOptions.defaults());
        assertThrows(OutputExistsException.class, () -> TOOLKIT.metsExporter().export(document, out.resolve("mets"), MetsOptions.defaults()));
        TOOLKIT.metsExporter().export(document, out.resolve("mets"), new MetsOptions(null, true));
        Path notTei = out.resolve("plain/note.xml");
        Files.createDirectories(notTei.getParent());
        Files.writeString(notTei, "<note>not TEI</note>");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TOOLKIT.metsExporter().export(DocumentFiles.tei(Path.of("note"), notTei), out, MetsOptions.defaults()));
        assertTrue(e.getMessage().contains("not a TEI document"), e.getMessage());
    }

    @Test
    void hrefsAreEscapedUris() {
        assertEquals("../tei/a%20b/%C3%A9t%C3%A9.xml", MetsExporter.href(Path.of("..", "tei", "a b", "été.xml")));
        assertEquals("./c:d.xml", MetsExporter.href(Path.of("c:d.xml")));
    }

    private static XmlQuery exportCase(Path out, String corpusCase) throws IOException, SaxonApiException, SAXException {
        BuildFixture.write(out, TOOLKIT, List.of(corpusCase), false);
        BuildLayout layout = new BuildLayout(out);
        DocumentFiles document = layout.documents().get(0);
        TOOLKIT.metsExporter().export(document, layout.metsFolder(), MetsOptions.defaults());
        Path mets = BuildLayout.metsFile(layout.metsFolder(), document.name());
        assertEquals(List.of(), schema.errors(mets));
        return new XmlQuery(mets);
    }
}
