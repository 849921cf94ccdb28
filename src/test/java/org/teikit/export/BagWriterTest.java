package org.teikit.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.TestData;
import org.teikit.Toolkit;
import org.teikit.diag.Diagnostic;
import org.teikit.io.OutputExistsException;

/** {@code export bag}: the bag's layout and tag files, checked by sha256sum and by {@code --verify}; same bytes twice. */
class BagWriterTest {
    private static final Toolkit TOOLKIT = new Toolkit();
    private static final Instant SOURCE_DATE = Instant.parse("2024-05-06T07:08:09Z");

    @TempDir
    static Path shared;
    private static Path build;

    /** A build output: three documents with HTML and text, one PDF, Dublin Core, CMIF, an old METS and a stray file. */
    @BeforeAll
    static void buildOutput() throws IOException {
        build = shared.resolve("out");
        BuildFixture.write(build, TOOLKIT, List.of("02-letter-salutation-close", "05-twelve-footnotes", "06-page-breaks"), true);
        Files.writeString(build.resolve("html/index.html"), "<!DOCTYPE html><title>index</title>");
        Files.createDirectories(build.resolve("dc"));
        Files.writeString(build.resolve("dc/02-letter-salutation-close.xml"), "<dc/>");
        Files.writeString(build.resolve("letters.cmif.xml"), "<TEI/>");
        Files.createDirectories(build.resolve("mets"));
        Files.writeString(build.resolve("mets/stale.mets.xml"), "<old/>");
        Files.writeString(build.resolve("notes.md"), "not part of the layout");
    }

    private static BagOptions options() {
        return new BagOptions(false, false, false, SOURCE_DATE, Map.of());
    }

    @Test
    void layoutAndTagFiles(@TempDir Path dir) throws Exception {
        Path bag = dir.resolve("bag");
        BagResult result = TOOLKIT.bagWriter().write(build, bag, options());
        assertEquals(3, result.documents());
        assertEquals(List.of(Path.of("notes.md")), result.leftOut());
        assertEquals("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n", Files.readString(bag.resolve("bagit.txt")));
        for (String file : List.of("data/tei/02-letter-salutation-close.xml", "data/html/sub/06-page-breaks.html",
                "data/html/index.html", "data/text/05-twelve-footnotes.txt", "data/pdf/02-letter-salutation-close.pdf",
                "data/dc/02-letter-salutation-close.xml", "data/letters.cmif.xml", "data/mets/sub/06-page-breaks.mets.xml",
                "manifest-sha256.txt", "tagmanifest-sha256.txt", "bag-info.txt")) {
            assertTrue(Files.isRegularFile(bag.resolve(file)), file);
        }
        assertFalse(Files.exists(bag.resolve("data/mets/stale.mets.xml")), "the METS are made anew from the payload");
        assertFalse(Files.exists(bag.resolve("data/notes.md")));
        MetsSchema schema = new MetsSchema();
        Path mets = bag.resolve("data/mets/02-letter-salutation-close.mets.xml");
        assertEquals(List.of(), schema.errors(mets));
        XmlQuery query = new XmlQuery(mets);
        assertEquals("2024-05-06T07:08:09Z", query.value("//mets:metsHdr/@CREATEDATE"));
        for (String href : query.values("//mets:FLocat/@xlink:href | //mets:mdRef/@xlink:href")) {
            assertTrue(Files.isRegularFile(mets.getParent().resolve(href).normalize()), href + " inside the bag");
        }
        assertEquals("../dc/02-letter-salutation-close.xml", query.value("//mets:mdRef[@MDTYPE = 'DC']/@xlink:href"),
                "the bag's METS reference the bag's Dublin Core records");

        List<String> info = Files.readAllLines(bag.resolve("bag-info.txt"));
        assertTrue(info.contains("Bagging-Date: 2024-05-06"), info.toString());
        assertTrue(info.contains("Bag-Count: 1 of 1"), info.toString());
        assertTrue(info.contains("Payload-Oxum: " + result.payloadBytes() + "." + result.payloadFiles()), info.toString());
        assertTrue(info.stream().anyMatch(l -> l.startsWith("External-Description: 3 TEI P5 documents")), info.toString());
        assertTrue(info.contains("Bag-Software-Agent: teikit " + Toolkit.version()), info.toString());
        assertEquals(countFiles(bag.resolve("data")), result.payloadFiles());

        List<String> paths = Files.readAllLines(bag.resolve("manifest-sha256.txt")).stream().map(l -> l.substring(66)).toList();
        assertEquals(paths.stream().sorted().toList(), paths, "manifest lines are sorted by path");
        assertEquals(countFiles(bag.resolve("data")), paths.size());
        assertEquals(List.of("bag-info.txt", "bagit.txt", "manifest-sha256.txt"),
                Files.readAllLines(bag.resolve("tagmanifest-sha256.txt")).stream().map(l -> l.substring(66)).toList());
        assertNothingBeside(dir, "bag");
    }

    @Test
    void sha256sumAgreesAndVerifyPasses(@TempDir Path dir) throws Exception {
        Path bag = dir.resolve("bag");
        TOOLKIT.bagWriter().write(build, bag, new BagOptions(true, false, false, SOURCE_DATE, Map.of()));
        BagVerification verification = TOOLKIT.bagVerifier().verify(bag);
        assertTrue(verification.isValid(), verification.problems().toString());
        assertTrue(Files.isRegularFile(bag.resolve("manifest-sha512.txt")));
        assertEquals(List.of("bag-info.txt", "bagit.txt", "manifest-sha256.txt", "manifest-sha512.txt"),
                Files.readAllLines(bag.resolve("tagmanifest-sha512.txt")).stream().map(l -> l.substring(130)).toList());
        ExportFixtures.checkWith("sha256sum", bag, "manifest-sha256.txt");
        ExportFixtures.checkWith("sha256sum", bag, "tagmanifest-sha256.txt");
        ExportFixtures.checkWith("sha512sum", bag, "manifest-sha512.txt");
        ExportFixtures.checkWith("sha512sum", bag, "tagmanifest-sha512.txt");
    }

    @Test
    void verifyNamesEveryBadMissingAndExtraFile(@TempDir Path dir) throws Exception {
        Path bag = dir.resolve("bag");
        TOOLKIT.bagWriter().write(build, bag, options());
        Files.writeString(bag.resolve("data/tei/02-letter-salutation-close.xml"), "changed", StandardCharsets.UTF_8);
        Files.delete(bag.resolve("data/text/05-twelve-footnotes.txt"));
        Files.writeString(bag.resolve("data/html/extra.html"), "<p>extra</p>");
        Files.writeString(bag.resolve("bag-info.txt"), "Contact-Name: someone\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);

        BagVerification verification = TOOLKIT.bagVerifier().verify(bag);
        assertFalse(verification.isValid());
        assertProblem(verification, BagVerifier.CHECKSUM, "data/tei/02-letter-salutation-close.xml");
        assertProblem(verification, BagVerifier.MISSING, "data/text/05-twelve-footnotes.txt");
        assertProblem(verification, BagVerifier.NOT_IN_MANIFEST, "data/html/extra.html");
        assertProblem(verification, BagVerifier.CHECKSUM, "bag-info.txt");
        assertProblem(verification, BagVerifier.OXUM, "bag-info.txt");
        assertEquals(5, verification.problems().size(), verification.problems().toString());
    }

    @Test
    void verifyRefusesWhatIsNoBag(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("data"));
        BagVerification verification = TOOLKIT.bagVerifier().verify(dir);
        assertProblem(verification, BagVerifier.NOT_A_BAG, "bagit.txt");
        Path bag = dir.resolve("bag");
        TOOLKIT.bagWriter().write(build, bag, options());
        Files.writeString(bag.resolve("bag-info.txt"), "Payload-Oxum: 1.1\n");
        Files.delete(bag.resolve("tagmanifest-sha256.txt"));
        assertProblem(TOOLKIT.bagVerifier().verify(bag), BagVerifier.OXUM, "bag-info.txt");
    }

    private static void assertProblem(BagVerification verification, String code, String file) {
        List<Diagnostic> found = verification.problems().stream()
                .filter(d -> d.code().equals(code) && d.position().file().endsWith(file)).toList();
        assertEquals(1, found.size(), code + " for " + file + " in " + verification.problems());
    }

    @Test
    void sameFolderSameBytes(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("one/bag");
        Path second = dir.resolve("two/bag");
        TOOLKIT.bagWriter().write(build, first, options());
        TOOLKIT.bagWriter().write(build, second, options());
        for (String tagFile : List.of("bagit.txt", "bag-info.txt", "manifest-sha256.txt", "tagmanifest-sha256.txt")) {
            assertArrayEquals(Files.readAllBytes(first.resolve(tagFile)), Files.readAllBytes(second.resolve(tagFile)), tagFile);
        }
        BagOptions zip = new BagOptions(false, true, true, SOURCE_DATE, Map.of());
        Path zipFile = TOOLKIT.bagWriter().write(build, first, zip).bag();
        assertEquals(BagWriter.zipOf(first), zipFile);
        byte[] once = Files.readAllBytes(zipFile);
        TOOLKIT.bagWriter().write(build, first, zip);
        assertArrayEquals(once, Files.readAllBytes(zipFile), "a second zip of the same folder has the same bytes");
        TOOLKIT.bagWriter().write(build, second, zip);
        assertArrayEquals(once, Files.readAllBytes(BagWriter.zipOf(second)), "and so has one written elsewhere");

        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zipFile))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
                assertEquals(LocalDateTime.of(2024, 5, 6, 0, 0), entry.getTimeLocal(), entry.getName());
            }
        }
        assertEquals(names.stream().sorted().toList(), names);
        assertTrue(names.stream().allMatch(n -> n.startsWith("bag/")), names.toString());
        assertTrue(names.contains("bag/data/tei/sub/06-page-breaks.xml") && names.contains("bag/bagit.txt"), names.toString());
    }

    @Test
    void existingBagKeptWithoutForceAndReplacedWithIt(@TempDir Path dir) throws Exception {
        Path bag = dir.resolve("bag");
        TOOLKIT.bagWriter().write(build, bag, options());
        Files.writeString(bag.resolve("data/old.txt"), "from the old bag");
        assertThrows(OutputExistsException.class, () -> TOOLKIT.bagWriter().write(build, bag, options()));
        assertTrue(Files.exists(bag.resolve("data/old.txt")), "the old bag stands");
        TOOLKIT.bagWriter().write(build, bag, new BagOptions(false, false, true, SOURCE_DATE, Map.of("Contact-Name", "A. Editor")));
        assertFalse(Files.exists(bag.resolve("data/old.txt")), "replaced as a whole");
        assertTrue(Files.readAllLines(bag.resolve("bag-info.txt")).contains("Contact-Name: A. Editor"));
        assertTrue(TOOLKIT.bagVerifier().verify(bag).isValid());
        assertNothingBeside(dir, "bag");
    }

    @Test
    void failedRunLeavesNoBag(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("tei");
        Files.createDirectories(folder);
        Files.copy(TestData.project().resolve("corpus/convert/02-letter-salutation-close/expected.xml"), folder.resolve("a.xml"));
        Files.writeString(folder.resolve("b.xml"), "<not-tei/>");
        assertThrows(IllegalArgumentException.class, () -> TOOLKIT.bagWriter().write(folder, dir.resolve("bag"), options()));
        assertNothingBeside(dir, "tei");
    }

    @Test
    void plainFolderOfTei(@TempDir Path dir) throws Exception {
        Path letters = TestData.shared("tei-samples/letters");
        Path bag = dir.resolve("letters-bag");
        BagResult result = TOOLKIT.bagWriter().write(letters, bag, BagOptions.defaults());
        assertEquals(new BuildLayout(letters).documents().size(), result.documents());
        assertTrue(Files.isRegularFile(bag.resolve("data/tei/schnitzler-briefe_L00001.xml")));
        assertTrue(Files.isRegularFile(bag.resolve("data/mets/schnitzler-briefe_L00001.mets.xml")));
        List<String> info = Files.readAllLines(bag.resolve("bag-info.txt"));
        assertTrue(info.contains("Source-Organization: Austrian Centre for Digital Humanities"), info.toString());
        assertTrue(info.contains("Bagging-Date: 2024-06-10"), "the newest date the documents give: " + info);
        assertTrue(TOOLKIT.bagVerifier().verify(bag).isValid());
    }

    @Test
    void givenInfoIsChecked() {
        assertThrows(IllegalArgumentException.class, () -> new BagOptions(false, false, false, null, Map.of("Payload-Oxum", "1.1")));
        assertThrows(IllegalArgumentException.class, () -> new BagOptions(false, false, false, null, Map.of("Bad: label", "x")));
        assertThrows(IllegalArgumentException.class, () -> new BagOptions(false, false, false, null, Map.of("Contact-Name", "a\nb")));
        assertEquals("1.5 MB", BagWriter.humanSize(1_500_000));
        assertEquals("999 bytes", BagWriter.humanSize(999));
    }

    private static long countFiles(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).count();
        }
    }

    /** Only the named entries stand in the folder: no temporary or set-aside folder is left. */
    private static void assertNothingBeside(Path folder, String... names) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            assertEquals(List.of(names), list.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
