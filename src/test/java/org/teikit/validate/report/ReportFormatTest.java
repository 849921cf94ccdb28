package org.teikit.validate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReportFormatTest {
    @Test
    void cliNamesAreLowerCaseAndParseBack() {
        assertEquals(List.of("text", "json", "junit", "sarif", "github"),
                Arrays.stream(ReportFormat.values()).map(ReportFormat::cliName).toList());
        for (ReportFormat format : ReportFormat.values()) {
            assertEquals(format, ReportFormat.ofCliName(format.cliName()));
        }
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> ReportFormat.ofCliName("TEXT"));
        assertEquals("unknown report format \"TEXT\"; expected one of text, json, junit, sarif, github", unknown.getMessage());
    }

    @Test
    void eachFormatHasItsWriter() {
        assertInstanceOf(TextReport.class, ReportFormat.TEXT.writer());
        assertInstanceOf(JsonReport.class, ReportFormat.JSON.writer());
        assertInstanceOf(JUnitReport.class, ReportFormat.JUNIT.writer());
        assertInstanceOf(SarifReport.class, ReportFormat.SARIF.writer());
        assertInstanceOf(GitHubReport.class, ReportFormat.GITHUB.writer());
    }

    @Test
    void sharedWritersGiveTheSameOutputOnManyThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (ReportFormat format : ReportFormat.values()) {
                String alone = SampleReport.write(format);
                List<Future<String>> runs = IntStream.range(0, 32).mapToObj(i -> pool.submit(() -> SampleReport.write(format))).toList();
                for (Future<String> run : runs) {
                    assertEquals(alone, run.get(), format.cliName());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
