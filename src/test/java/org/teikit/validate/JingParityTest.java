package org.teikit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.prop.rng.RngProperty;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.TestData;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Real TEI files nobody here wrote give Jing's own verdict and error count against tei_all
 * (the counts are those recorded in ../shared/tei-samples/README.md and schemas/README.md).
 */
class JingParityTest {
    @Test
    void teiSamplesAgainstTeiAll() {
        Map<String, Integer> jing = new LinkedHashMap<>();
        jing.put("letters/schnitzler-briefe_L00001.xml", 29);
        jing.put("letters/schnitzler-briefe_L03000.xml", 2);
        jing.put("letters/escher_K_0133_AE_an_Heer_Oswald_1836-10-12_1836-10-17.xml", 0);
        jing.put("letters/escher_K_5350_Welti_Emil_an_Escher_1872-09-09.xml", 0);
        jing.put("letters/frus-history_1957-03-21-kennan-to-leopold.xml", 1);
        jing.put("tei-lite/tei-test_tei_lite_christmas-carol.xml", 1);
        jing.put("many-modules/tei-test_testall.xml", 0);
        jing.put("msdesc/tei-test_testms.xml", 128);
        jing.put("drama/gerdracor_buechner-leonce-und-lena.xml", 0);
        String teiAll = TestData.shared("schemas/tei_all.rng").toString();
        assertEquals(jing, grammarErrors("tei-samples/", jing, ValidationFixtures.options(List.of(teiAll), List.of(), false)));
    }

    @Test
    void cmifExamplesAgainstTheCmifSchema() {
        Map<String, Integer> jing = new LinkedHashMap<>();
        jing.put("examples/example01_basic.xml", 1);
        jing.put("examples/example02_cmi-with-printed-edition.xml", 1);
        jing.put("examples/cmif-digital-edition.xml", 10);
        jing.put("examples/cmif-printed-edition.xml", 8);
        jing.put("real/schnitzler-cmif_1958_Rilke_Schnitzler.xml", 6);
        jing.put("real/schnitzler-cmif_1983_Herzl_an_Schnitzler.xml", 46);
        String rng = TestData.shared("schemas/cmif/cmi-customization.rng").toString();
        String sch = TestData.shared("schemas/cmif/cmif.sch").toString();
        assertEquals(jing, grammarErrors("schemas/cmif/", jing, ValidationFixtures.options(List.of(rng), List.of(sch), false)));
    }

    /**
     * Not only the counts: every grammar error at Jing's own line and column, on real files and on
     * errors in text (which Jing checks piece by piece as the parser cuts it) and in ID references.
     */
    @Test
    void everyErrorWhereJingPutsIt(@TempDir Path dir) throws Exception {
        Path crafted = dir.resolve("text-errors.xml");
        Files.writeString(crafted, """
                <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>t</title></titleStmt>
                <publicationStmt><p>p</p></publicationStmt><sourceDesc><p>sü <ref target="#nowhere">r</ref></p></sourceDesc>
                </fileDesc></teiHeader><text><body>line one &amp; two &#65; and —
                more text here
                 and more<p xml:id="a" corresp="#b">x</p><p xml:id="a">y</p> tail &lt; text<![CDATA[ cdata ]]>
                </body><bogus/></text></TEI>
                """, StandardCharsets.UTF_8);
        Path teiAll = TestData.shared("schemas/tei_all.rng");
        ValidationOptions options = ValidationFixtures.options(List.of(teiAll.toString()), List.of(), false);
        for (Path file : List.of(crafted, TestData.shared("tei-samples/letters/schnitzler-briefe_L00001.xml"),
                TestData.shared("tei-samples/msdesc/tei-test_testms.xml"))) {
            List<String> ours = ValidationFixtures.validate(file, options).findings().stream()
                    .filter(d -> d.code().equals("RNG-001"))
                    .map(d -> d.position().line() + ":" + d.position().column()).toList();
            assertEquals(jingPositions(teiAll, file), ours, file.toString());
        }
    }

    /** Where Jing's own driver, on the JDK's parser as its command line has it, reports each error. */
    private static List<String> jingPositions(Path schema, Path file) throws Exception {
        List<String> positions = new ArrayList<>();
        PropertyMapBuilder instance = new PropertyMapBuilder();
        instance.put(ValidateProperty.ERROR_HANDLER, new DefaultHandler() {
            @Override
            public void error(SAXParseException e) {
                positions.add(e.getLineNumber() + ":" + e.getColumnNumber());
            }
        });
        PropertyMapBuilder schemaProperties = new PropertyMapBuilder();
        RngProperty.CHECK_ID_IDREF.add(schemaProperties);
        ValidationDriver jing = new ValidationDriver(schemaProperties.toPropertyMap(), instance.toPropertyMap());
        assertTrue(jing.loadSchema(ValidationDriver.fileInputSource(schema.toFile())));
        jing.validate(ValidationDriver.fileInputSource(file.toFile()));
        return positions;
    }

    /** RELAX NG error counts per file; no file may fail to be read, and nothing but the grammar may speak. */
    private static Map<String, Integer> grammarErrors(String folder, Map<String, Integer> files, ValidationOptions options) {
        Map<String, Integer> ours = new LinkedHashMap<>();
        for (String file : files.keySet()) {
            FileReport report = ValidationFixtures.validate(TestData.shared(folder + file), options);
            ours.put(file, (int) ValidationFixtures.count(report, "RNG-001"));
            assertEquals(List.of(), report.findings().stream()
                    .filter(d -> d.code().startsWith("IO-") || d.code().startsWith("XML-")).toList());
        }
        return ours;
    }
}
