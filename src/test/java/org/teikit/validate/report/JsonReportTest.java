package org.teikit.validate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReportTest {
    private final String json = SampleReport.write(ReportFormat.JSON);

    private JsonNode parsed() throws Exception {
        return new ObjectMapper().readTree(json);
    }

    @Test
    void summaryCountsFilesAndFindings() throws Exception {
        JsonNode summary = parsed().get("summary");
        assertEquals(List.of("files", "valid", "invalid", "errors", "warnings", "infos"), names(summary));
        assertEquals(List.of(4, 2, 2, 3, 2, 1), List.of(summary.get("files").asInt(), summary.get("valid").asInt(),
                summary.get("invalid").asInt(), summary.get("errors").asInt(), summary.get("warnings").asInt(),
                summary.get("infos").asInt()));
    }

    @Test
    void findingsKeepOrderFieldOrderAndText() throws Exception {
        JsonNode findings = parsed().get("findings");
        assertEquals(6, findings.size());
        JsonNode first = findings.get(0);
        assertEquals(List.of("file", "line", "column", "severity", "code", "message", "source", "elementPath", "hint", "helpUri"),
                names(first));
        assertEquals(SampleReport.BRIEF, first.get("file").asText());
        assertEquals(3, first.get("line").asInt());
        assertEquals(5, first.get("column").asInt());
        assertEquals("error", first.get("severity").asText());
        assertEquals(SampleReport.NOT_ALLOWED.message(), first.get("message").asText());
        assertEquals("did you mean \"persName\"?", first.get("hint").asText());
        assertEquals(SampleReport.BAD_DATE.message(), findings.get(1).get("message").asText(), "line break kept");
        JsonNode wholeFile = findings.get(2);
        assertEquals(List.of("file", "line", "column", "severity", "code", "message"), names(wholeFile), "unknowns are left out");
        assertEquals(0, wholeFile.get("line").asInt());
        assertEquals("info", findings.get(3).get("severity").asText());
        assertEquals("Grüße, Straße: ümlaut", findings.get(3).get("message").asText());
        assertEquals(List.of("RNG-001", "SCH-date", "VAL-002", "CNV-010", "RNG-003", "RNG-001"),
                findings.findValuesAsText("code"));
    }

    @Test
    void isPrettyWithUnixLineEndsAndUnescapedNonAscii() {
        assertTrue(json.startsWith("{\n  \"findings\": [\n    {\n      \"file\": \"letters/brief-ä 2.xml\",\n"), json);
        assertFalse(json.contains("\r"), "no platform line ends");
        assertTrue(json.endsWith("}\n"));
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
