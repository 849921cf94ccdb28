package org.teikit.validate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.teikit.validate.FileReport;
import org.teikit.validate.ValidationReport;

class TextReportTest {
    @Test
    void printsFindingsAsJingDoesWithIndentedDetailsAndASummary() {
        String b = SampleReport.BRIEF;
        String expected = b + ":3:5: error: [RNG-001] element \"persname\" not allowed here; expected <persName> & <placeName>\n"
                + "  in /TEI/text/body/div[1]/p[3]\n"
                + "  hint: did you mean \"persName\"?\n"
                + "  see https://tei-c.org/release/doc/tei-p5-doc/en/html/ref-persName.html\n"
                + "  (source: tei_all.rng)\n"
                + b + ":7:1: warning: [SCH-date] date \"1981-13-01\" is no date:\n"
                + "  month 13 > 12\n"
                + "  (source: frus.sch)\n"
                + b + ": error: [VAL-002] no xml-model, 100% sure?\n"
                + "  schema: none\n"
                + b + ":9:0: info: [CNV-010] Grüße, Straße: ümlaut\n"
                + "odd,name:100%.xml:2:3: warning: [RNG-003] attribute 'n' is empty\n"
                + SampleReport.ABSOLUTE + ":1:1: error: [RNG-001] bad character \u0007 in <p>\n"
                + "4 files: 2 valid, 2 invalid; 3 errors, 2 warnings\n";
        assertEquals(expected, SampleReport.write(ReportFormat.TEXT));
    }

    @Test
    void summaryCountsInTheSingular() {
        ValidationReport one = new ValidationReport(List.of(
                new FileReport("a.xml", List.of(), List.of(SampleReport.NOT_ALLOWED), 1)));
        String text = SampleReport.write(new TextReport(), one);
        assertEquals("1 file: 0 valid, 1 invalid; 1 error, 0 warnings", text.lines().reduce((a, b) -> b).orElseThrow());
    }

    @Test
    void anEmptyReportIsOnlyItsSummary() {
        assertEquals("0 files: 0 valid, 0 invalid; 0 errors, 0 warnings\n",
                SampleReport.write(new TextReport(), new ValidationReport(List.of())));
    }
}
