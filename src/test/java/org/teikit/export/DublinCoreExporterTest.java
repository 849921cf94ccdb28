package org.teikit.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.teikit.export.ExportFixtures.TOOLKIT;
import static org.teikit.export.ExportFixtures.values;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;

/**
 * {@code DublinCoreExporter}: every document (teikit's golden TEI, real letters of other projects,
 * the fixtures) gives a record valid against oai_dc.xsd; the fields hold the header's values; a
 * correspAction whose names contradict it is reported and gives no creator; threads sharing one
 * exporter give the single-threaded bytes.
 */
class DublinCoreExporterTest {
    private static DublinCoreResult export(Path file) {
        return TOOLKIT.dublinCoreExporter().export(ExportFixtures.source(file));
    }

    private static XdmNode record(Path file) {
        return ExportFixtures.parse(export(file).dc());
    }

    private static List<Path> everyDocument() throws Exception {
        List<Path> files = new ArrayList<>(ExportFixtures.corpusDocuments());
        files.addAll(ExportFixtures.sharedLetters());
        files.addAll(ExportFixtures.fixtures());
        return files;
    }

    @Test
    void everyRecordIsValidOaiDc() throws Exception {
        for (Path file : everyDocument()) {
            assertEquals(List.of(), ExportFixtures.validateDublinCore(export(file).dc()), file.toString());
        }
    }

    @Test
    void teikitLetter() throws Exception {
        XdmNode dc = record(ExportFixtures.corpusDocuments().get(1));
        assertEquals(List.of("Letter From Senator Charles W. Redmond to Secretary of State Vance"), values(dc, "//dc:title/string()"));
        assertEquals(List.of("Senator Charles W. Redmond"), values(dc, "//dc:creator/string()"));
        assertEquals(List.of("Secretary of State Vance"), values(dc, "//dc:contributor/string()"));
        assertEquals(List.of("1978-03-09"), values(dc, "//dc:date/string()"));
        assertEquals(List.of("Text", "letter"), values(dc, "//dc:type/string()"));
        assertEquals(List.of("d87"), values(dc, "//dc:identifier/string()"));
        assertEquals(List.of("National Archives, RG 59, Central Foreign Policy File, P780047–1196. No classification marking "
                + "A copy was sent to Secretary of Defense Brown."), values(dc, "//dc:source/string()"));
    }

    @Test
    void realLetterWithFullHeader() throws Exception {
        XdmNode dc = record(ExportFixtures.sharedLetters().stream()
                .filter(p -> p.getFileName().toString().equals("schnitzler-briefe_L00001.xml")).findFirst().orElseThrow());
        assertEquals(List.of("Mamroth, Fedor"), values(dc, "//dc:creator/string()"));
        assertEquals(List.of("Schnitzler, Arthur", "Müller, Martin Anton", "Susen, Gerd-Hermann"), values(dc, "//dc:contributor/string()"));
        assertEquals(List.of("1889-08-02"), values(dc, "//dc:date/string()"));
        assertEquals(List.of("Austrian Centre for Digital Humanities"), values(dc, "//dc:publisher/string()"));
        assertEquals(List.of("https://hdl.handle.net/21.11115/0000-000E-6B22-4", "L00001"), values(dc, "//dc:identifier/string()"));
        assertEquals(List.of("GB, Cambridge, University Library, Schnitzler, B\u00a068"), values(dc, "//dc:source/string()"),
                "the no-break space of the source kept");
        assertEquals(List.of("de-AT"), values(dc, "//dc:language/string()"));
        assertEquals(List.of("Arthur Schnitzler: Briefwechsel mit Autorinnen und Autoren"), values(dc, "//dc:relation/string()"));
        assertEquals(List.of("https://creativecommons.org/licenses/by/4.0/deed.de"), values(dc, "//dc:rights/string()"));
    }

    @Test
    void contradictoryRolesGiveNoCreator() throws Exception {
        Path escher = ExportFixtures.sharedLetters().stream()
                .filter(p -> p.getFileName().toString().startsWith("escher_K_5350")).findFirst().orElseThrow();
        DublinCoreResult result = export(escher);
        XdmNode dc = ExportFixtures.parse(result.dc());
        assertEquals(List.of(), values(dc, "//(dc:creator | dc:contributor)/string()"));
        assertEquals(List.of("EXP-DC-001"), result.diagnostics().stream().map(d -> d.code()).toList());
        assertEquals(List.of("1872-09-09"), values(dc, "//dc:date/string()"));
        assertEquals(List.of("Text", "Brief"), values(dc, "//dc:type/string()"), "the kind the TEI element states");
        assertEquals(List.of("SBB Historic, VGB_GB_SBBGB01_006"), values(dc, "//dc:source/string()"));
    }

    @Test
    void severalSendersPartialDateNonLatinNames() {
        XdmNode dc = record(ExportFixtures.fixture("several-senders.xml"));
        assertEquals(List.of("Лев Николаевич Толстой", "Фёдор Михайлович Достоевский", "Императорская Академия наук"),
                values(dc, "//dc:creator/string()"));
        assertEquals(List.of("Анна Петрова"), values(dc, "//dc:contributor/string()"), "no addressee; the editor, without email");
        assertEquals(List.of("1880-03/1880-04"), values(dc, "//dc:date/string()"), "notBefore/notAfter as an ISO 8601 interval");
        assertEquals(List.of("ru"), values(dc, "//dc:language/string()"), "ISO 639-2 rus as a language tag");
        assertEquals(List.of("Москва, Архив примеров, Ф. 1, оп. 2, д. 3"), values(dc, "//dc:source/string()"));
        assertEquals(List.of("1903-11", "1904-01-05T09:30:00+01:00", "1904"),
                values(record(ExportFixtures.fixture("partial-dates.xml")), "//dc:date/string()"));
    }

    @Test
    void threadsShareOneExporter() throws Exception {
        List<Path> files = everyDocument();
        List<byte[]> expected = files.stream().map(f -> export(f).dc()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> futures = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (Path file : files) {
                    futures.add(pool.submit(() -> export(file).dc()));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertArrayEquals(expected.get(i % files.size()), futures.get(i).get(), files.get(i % files.size()).toString());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
