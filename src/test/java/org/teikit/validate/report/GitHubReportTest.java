package org.teikit.validate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.teikit.diag.Diagnostic;

class GitHubReportTest {
    // ::command key=value,key=value::message, as documented for GitHub Actions workflow commands
    private static final Pattern COMMAND = Pattern.compile(
            "::(error|warning|notice) file=([^,:\\r\\n]+)(?:,line=(\\d+)(?:,col=(\\d+))?)?,title=([^,:\\r\\n]+)::([^\\r\\n]*)");
    private final List<String> lines = SampleReport.write(ReportFormat.GITHUB).lines().toList();

    @Test
    void oneWellFormedCommandPerFinding() {
        assertEquals(6, lines.size());
        for (String line : lines) {
            assertTrue(COMMAND.matcher(line).matches(), line);
        }
        assertEquals("::error file=letters/brief-ä 2.xml,line=3,col=5,title=RNG-001::"
                + "element \"persname\" not allowed here; expected <persName> & <placeName>%0A"
                + "in /TEI/text/body/div[1]/p[3]%0Ahint: did you mean \"persName\"?%0A"
                + "see https://tei-c.org/release/doc/tei-p5-doc/en/html/ref-persName.html%0A(source: tei_all.rng)", lines.get(0));
    }

    @Test
    void positionsAreLeftOutWhenUnknown() {
        assertEquals("::error file=letters/brief-ä 2.xml,title=VAL-002::no xml-model, 100%25 sure?%0D%0Aschema: none", lines.get(2));
        assertEquals("::notice file=letters/brief-ä 2.xml,line=9,title=CNV-010::Grüße, Straße: ümlaut", lines.get(3));
    }

    @Test
    void propertiesEscapeColonsAndCommas() {
        assertEquals("::warning file=odd%2Cname%3A100%25.xml,line=2,col=3,title=RNG-003::attribute 'n' is empty", lines.get(4));
    }

    @Test
    void unescapingGivesBackFileAndMessageWithDetails() {
        List<Diagnostic> findings = SampleReport.REPORT.files().stream().flatMap(f -> f.findings().stream()).toList();
        for (int i = 0; i < findings.size(); i++) {
            Diagnostic finding = findings.get(i);
            Matcher command = COMMAND.matcher(lines.get(i));
            assertTrue(command.matches());
            assertEquals(finding.position().file(), unescape(command.group(2)));
            assertEquals(finding.code(), unescape(command.group(5)));
            List<String> message = new ArrayList<>(List.of(finding.message()));
            message.addAll(FindingText.details(finding));
            assertEquals(String.join("\n", message), unescape(command.group(6)));
        }
    }

    private static String unescape(String value) {
        return value.replace("%2C", ",").replace("%3A", ":").replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%");
    }
}
