package org.teikit.validate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.teikit.TestData;

class SarifReportTest {
    private final String sarif = SampleReport.write(ReportFormat.SARIF);

    @Test
    void isValidAgainstTheOasisSchema() throws Exception {
        JsonSchema schema = oasisSchema();
        JsonNode log = new ObjectMapper().readTree(sarif);
        assertEquals(Set.of(), schema.validate(log));
        // the schema is enforced: a level SARIF does not know, or a URI with a space, is refused
        JsonNode fatal = log.deepCopy();
        ((ObjectNode) fatal.at("/runs/0/results/0")).put("level", "fatal");
        assertFalse(schema.validate(fatal).isEmpty());
        JsonNode spaced = log.deepCopy();
        ((ObjectNode) spaced.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation")).put("uri", "a b.xml");
        assertFalse(schema.validate(spaced).isEmpty());
    }

    @Test
    void oneRunWithSortedRulesAndAResultPerFinding() throws Exception {
        JsonNode log = new ObjectMapper().readTree(sarif);
        assertEquals(SarifReport.SCHEMA_URI, log.get("$schema").asText());
        assertEquals("2.1.0", log.get("version").asText());
        assertEquals(1, log.get("runs").size());
        JsonNode run = log.at("/runs/0");
        assertEquals("teikit", run.at("/tool/driver/name").asText());
        assertEquals(List.of("CNV-010", "RNG-001", "RNG-003", "SCH-date", "VAL-002"), run.at("/tool/driver/rules").findValuesAsText("id"));
        JsonNode results = run.get("results");
        assertEquals(6, results.size());
        assertEquals(List.of("error", "warning", "error", "note", "warning", "error"), results.findValuesAsText("level"));
        for (JsonNode result : results) {
            assertEquals(result.get("ruleId").asText(), run.at("/tool/driver/rules/" + result.get("ruleIndex").asInt() + "/id").asText());
        }
    }

    @Test
    void resultsCarryMessageLocationAndDetails() throws Exception {
        JsonNode results = new ObjectMapper().readTree(sarif).at("/runs/0/results");
        JsonNode first = results.get(0);
        assertEquals(SampleReport.NOT_ALLOWED.message(), first.at("/message/text").asText());
        JsonNode location = first.at("/locations/0");
        assertEquals("letters/brief-%C3%A4%202.xml", location.at("/physicalLocation/artifactLocation/uri").asText());
        assertEquals(3, location.at("/physicalLocation/region/startLine").asInt());
        assertEquals(5, location.at("/physicalLocation/region/startColumn").asInt());
        assertEquals("/TEI/text/body/div[1]/p[3]", location.at("/logicalLocations/0/fullyQualifiedName").asText());
        assertEquals("element", location.at("/logicalLocations/0/kind").asText());
        assertEquals("did you mean \"persName\"?", first.at("/properties/hint").asText());
        assertEquals("tei_all.rng", first.at("/properties/source").asText());
        assertEquals(SampleReport.BAD_DATE.message(), results.get(1).at("/message/text").asText());
        assertNull(results.get(2).at("/locations/0/physicalLocation").get("region"), "no region for the whole file");
        assertNull(results.get(2).get("properties"), "no empty property bag");
        assertNull(results.get(3).at("/locations/0/physicalLocation/region").get("startColumn"), "column unknown");
        assertEquals("odd,name%3A100%25.xml", results.get(4).at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertTrue(results.get(5).at("/locations/0/physicalLocation/artifactLocation/uri").asText().startsWith("file:/"));
    }

    @Test
    void relativePathsBecomeRelativeReferencesAndAbsoluteOnesFileUris() {
        assertEquals("a/b%20c/d%23e%3F.xml", SarifReport.uri("a/b c/d#e?.xml"));
        assertEquals("../x.xml", SarifReport.uri("../x.xml"));
        assertEquals(SampleReport.ABSOLUTE, Path.of(URI.create(SarifReport.uri(SampleReport.ABSOLUTE))).toString());
    }

    private static JsonSchema oasisSchema() throws Exception {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = Files.newInputStream(TestData.shared("schemas/formats/sarif/sarif-schema-2.1.0.json"))) {
            return factory.getSchema(in, config);
        }
    }
}
