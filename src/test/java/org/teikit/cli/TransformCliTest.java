package org.teikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.TestData;

/** {@code teikit transform} end to end: the four outputs, the site index, the round trip, exit codes. */
class TransformCliTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return TeikitCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void seedThroughEveryOutput(@TempDir Path dir) throws Exception {
        Path seed = TestData.shared("corpus/frus1981-88v05-d247.txt");
        Path tei = dir.resolve("tei");
        assertEquals(0, run("convert", seed.toString(), "-o", tei.toString()));
        assertEquals(0, run("transform", tei.toString(), "--to", "text", "-o", dir.resolve("text").toString()), err.toString());
        assertEquals(Files.readString(seed).strip(), Files.readString(dir.resolve("text/frus1981-88v05-d247.txt")).strip(),
                "convert → transform --to text gives the input back");
        assertEquals(0, run("transform", tei.toString(), "--to", "html", "-o", dir.resolve("site").toString()));
        String page = Files.readString(dir.resolve("site/frus1981-88v05-d247.html"));
        for (String id : new String[] {"pg_1011", "pg_1012", "pg_1013", "pg_1014", "pg_1015", "d247fn1", "d247fn4"}) {
            assertTrue(page.contains("id=\"" + id + "\""), id);
        }
        assertTrue(Files.readString(dir.resolve("site/index.html")).contains("frus1981-88v05-d247.html"));
        assertEquals(0, run("transform", tei.toString(), "--to", "pdf", "-o", dir.resolve("pdf").toString()), err.toString());
        byte[] pdf = Files.readAllBytes(dir.resolve("pdf/frus1981-88v05-d247.pdf"));
        assertTrue(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"));
        assertEquals(0, run("transform", tei.toString(), "--to", "fo", "-o", dir.resolve("fo").toString()));
        assertTrue(Files.readString(dir.resolve("fo/frus1981-88v05-d247.fo")).contains("fo:footnote"));
        assertEquals(3, run("transform", tei.toString(), "--to", "html", "-o", dir.resolve("site").toString()),
                "outputs are kept without --force");
    }

    @Test
    void usageErrorsAndGenericElements(@TempDir Path dir) throws Exception {
        assertEquals(2, run("transform", "x.xml", "--to", "docx", "-o", dir.toString()));
        assertEquals(2, run("transform", "x.xml", "--to", "text", "--text-style", "fancy", "-o", dir.toString()));
        Path sample = TestData.shared("tei-samples/tei-lite/tei-test_tei_lite_christmas-carol.xml");
        assertEquals(0, run("transform", sample.toString(), "--to", "text", "-o", dir.resolve("t").toString()));
        assertTrue(err.toString().contains("rendered 1 of 1 documents"), err.toString());
    }

    /** Two steps: a user's stylesheet that marks every paragraph, then teikit's HTML of its result. */
    @Test
    void pipelineFileRunsItsStepsInOrder(@TempDir Path dir) throws Exception {
        Path sample = TestData.project().resolve("corpus/render/02-telegram-lists-tables/input.xml");
        Files.writeString(dir.resolve("mark.xsl"), """
                <xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                    xmlns:tei="http://www.tei-c.org/ns/1.0">
                  <xsl:param name="mark" select="'?'"/>
                  <xsl:mode on-no-match="shallow-copy"/>
                  <xsl:template match="tei:p"><xsl:copy><xsl:copy-of select="@*"/>{$mark} <xsl:apply-templates/></xsl:copy></xsl:template>
                </xsl:stylesheet>""".replace("{$mark}", "<xsl:value-of select='$mark'/>"));
        Path steps = dir.resolve("steps.xml");
        Files.writeString(steps, """
                <pipeline xmlns="urn:teikit:pipeline">
                  <step stylesheet="mark.xsl"><param name="mark" value="¶"/></step>
                  <step stylesheet="teikit:text"/>
                </pipeline>""");
        assertEquals(0, run("transform", sample.toString(), "--to", "text", "--pipeline", steps.toString(),
                "-o", dir.resolve("out").toString()), err.toString());
        String text = Files.readString(dir.resolve("out/input.txt"));
        assertTrue(text.contains("¶3. Comment: Bonn will not move"), text);
        assertTrue(text.contains("  1. Source: National Archives"), "teikit's text step ran last: " + text);

        Files.writeString(steps, "<pipeline xmlns='urn:teikit:pipeline'><step stylesheet='teikit:docx'/></pipeline>");
        assertEquals(3, run("transform", sample.toString(), "--to", "text", "--pipeline", steps.toString(),
                "-o", dir.resolve("bad").toString()));
        assertTrue(err.toString().contains("not a teikit pipeline: teikit's stylesheets are teikit:html, teikit:text and "
                + "teikit:fo, not teikit:docx"), err.toString());
        Files.writeString(steps, "<pipeline xmlns='urn:teikit:pipeline'><stage stylesheet='mark.xsl'/></pipeline>");
        assertEquals(3, run("transform", sample.toString(), "--to", "text", "--pipeline", steps.toString(),
                "-o", dir.resolve("bad").toString()));
        assertTrue(err.toString().contains("<stage> where <step> was expected"), err.toString());
        assertEquals(2, run("transform", sample.toString(), "--to", "text", "--pipeline", steps.toString(),
                "--stylesheet", dir.resolve("mark.xsl").toString(), "-o", dir.resolve("bad").toString()));
    }

    /** Documents rendered on several threads give the bytes and the messages of one thread. */
    @Test
    void parallelRunsWriteWhatOneThreadWrites(@TempDir Path dir) throws Exception {
        Path corpus = TestData.project().resolve("corpus/render");
        assertEquals(0, run("transform", corpus.toString(), "--glob", "input.xml", "--to", "html", "--jobs", "1",
                "-o", dir.resolve("one").toString()), err.toString());
        String oneThread = err.toString();
        err.getBuffer().setLength(0);
        assertEquals(0, run("transform", corpus.toString(), "--glob", "input.xml", "--to", "html", "--jobs", "3",
                "-o", dir.resolve("three").toString()), err.toString());
        assertEquals(oneThread.replace("one", "three"), err.toString());
        try (var pages = Files.walk(dir.resolve("one"))) {
            for (Path page : pages.filter(Files::isRegularFile).toList()) {
                Path other = dir.resolve("three").resolve(dir.resolve("one").relativize(page));
                assertEquals(Files.readString(page), Files.readString(other), page.toString());
            }
        }
        assertTrue(Files.readString(dir.resolve("three/index.html")).contains("05-note-numbering/input.html"));
        assertEquals(2, run("transform", corpus.toString(), "--to", "html", "--jobs", "0", "-o", dir.toString()));
    }
}
