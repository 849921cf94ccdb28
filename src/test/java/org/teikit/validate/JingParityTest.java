package org.teikit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.teikit.TestData;

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
