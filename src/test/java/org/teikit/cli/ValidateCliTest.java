package org.teikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.TestData;

/** {@code teikit validate}: every option and exit code, as a user and a CI job run it. */
class ValidateCliTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private static final String VALID = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt>"
            + "<title>t</title></titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc>"
            + "</fileDesc></teiHeader><text><body><p>x</p></body></text></TEI>";

    private int run(String... args) {
        return TeikitCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    private static String teiAll() {
        return TestData.shared("schemas/tei_all.rng").toString();
    }

    @Test
    void exitCodesForValidInvalidAndUnreadable(@TempDir Path dir) throws Exception {
        Path valid = Files.writeString(Files.createDirectories(dir.resolve("ok")).resolve("a.xml"), VALID);
        assertEquals(0, run("validate", "-s", teiAll(), valid.toString()));
        Files.writeString(dir.resolve("bad.xml"), VALID.replace("<p>x</p>", "<x/>"));
        assertEquals(1, run("validate", "-s", teiAll(), dir.toString()));
        assertTrue(out.toString().contains("bad.xml:1:") && out.toString().contains("error: [RNG-001]"), out.toString());
        assertEquals(3, run("validate", "-s", dir.resolve("missing.rng").toString(), valid.toString()));
        assertEquals(3, run("validate", "-s", teiAll(), dir.resolve("nowhere").toString()));
        assertEquals(2, run("validate", "--format", "yaml", valid.toString()));
        assertEquals(2, run("validate", "--fail-on", "sometimes", valid.toString()));
        assertEquals(2, run("validate", "--jobs", "0", valid.toString()));
    }

    @Test
    void warningsFailOnlyWhenAsked(@TempDir Path dir) throws Exception {
        Path sch = Files.writeString(dir.resolve("w.sch"), "<schema xmlns=\"http://purl.oclc.org/dsdl/schematron\" "
                + "queryBinding=\"xslt3\"><ns prefix=\"tei\" uri=\"http://www.tei-c.org/ns/1.0\"/><phase id=\"strict\">"
                + "<active pattern=\"pw\"/></phase><pattern id=\"pw\"><rule context=\"tei:body\"><assert test=\"count(tei:p) gt 1\" "
                + "id=\"two-paragraphs\" role=\"warning\">only one paragraph</assert></rule></pattern></schema>");
        Path doc = Files.writeString(dir.resolve("d.xml"), VALID);
        assertEquals(0, run("validate", "--schematron", sch.toString(), doc.toString()));
        assertTrue(out.toString().contains("warning: [SCH-two-paragraphs] only one paragraph"), out.toString());
        assertEquals(1, run("validate", "--schematron", sch.toString(), "--fail-on", "warning", doc.toString()));
        assertEquals(0, run("validate", "--schematron", sch.toString(), "--phase", "strict", "-j", "1", doc.toString()));
    }

    /** The command the README gives for CI: JUnit and SARIF reports written, exit code for the job. */
    @Test
    void documentedCiCommandLine(@TempDir Path dir) throws Exception {
        Path tei = Files.createDirectories(dir.resolve("tei"));
        Files.writeString(tei.resolve("a.xml"), VALID);
        Files.writeString(tei.resolve("b.xml"), VALID.replace("<p>x</p>", "<x/>"));
        Path junit = dir.resolve("teikit-junit.xml");
        Path sarif = dir.resolve("teikit.sarif");
        assertEquals(1, run("validate", "--schema", teiAll(), "--format", "junit", "--report", junit.toString(), tei.toString()));
        assertEquals(1, run("validate", "--schema", teiAll(), "--format", "sarif", "--report", sarif.toString(), tei.toString()));
        assertTrue(Files.readString(junit).contains("<testcase") && Files.readString(junit).contains("<failure"));
        assertTrue(Files.readString(sarif).matches("(?s).*\"ruleId\"\\s*:\\s*\"RNG-001\".*"), Files.readString(sarif));
        assertEquals(1, run("validate", "--schema", teiAll(), "--format", "github", tei.toString()));
        assertTrue(out.toString().contains("::error file=" + tei.resolve("b.xml") + ",line=1"), out.toString());
    }

    @Test
    void defaultIsTheProjectSchema(@TempDir Path dir) throws Exception {
        Path converted = dir.resolve("out");
        Path seed = TestData.shared("corpus/frus1981-88v05-d247.txt");
        assertEquals(0, run("convert", seed.toString(), "-o", converted.toString()));
        assertEquals(0, run("validate", converted.toString()), out + "\n" + err);
        Path broken = Files.writeString(dir.resolve("broken.xml"), Files.readString(converted.resolve("frus1981-88v05-d247.xml"))
                .replace("xml:id=\"d247fn3\"", "xml:id=\"d247fn9\""));
        assertEquals(1, run("validate", broken.toString()));
        assertTrue(out.toString().contains("[SCH-"), out.toString());
    }

    @Test
    void embeddedSchematronJsonGlobAndQuiet(@TempDir Path dir) throws Exception {
        Path tei = Files.createDirectories(dir.resolve("tei"));
        Files.writeString(tei.resolve("d.tei"), VALID.replace("<p>x</p>",
                "<p><date when=\"2020-01-01\" notBefore=\"2019-01-01\">x</date></p>"));
        Files.writeString(tei.resolve("ignored.xml"), "not even XML");
        assertEquals(1, run("validate", "--schema", teiAll(), "--glob", "*.tei", "--format", "json", "--quiet", tei.toString()));
        String json = out.toString();
        assertTrue(json.contains("\"code\" : \"SCH-tei_all-att.datable.w3c-att-datable-w3c-when-constraint-rule-2-1\"")
                || json.matches("(?s).*\"code\"\\s*:\\s*\"SCH-tei_all-att\\.datable\\.w3c-att-datable-w3c-when-constraint-rule-2-1\".*"), json);
        assertTrue(json.matches("(?s).*\"files\"\\s*:\\s*1.*"), "the .xml file is not taken: " + json);
        assertEquals("", err.toString(), "--quiet: nothing on standard error");
        assertEquals(0, run("validate", "--schema", teiAll(), "--no-embedded-schematron", "--glob", "*.tei", tei.toString()));
    }
}
