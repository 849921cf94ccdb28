package org.teikit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.teikit.TestData;

/** Several threads through one toolkit give exactly the single-threaded findings, in input order. */
class ValidationConcurrencyTest {
    @Test
    void parallelRunEqualsSequentialRun() throws Exception {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("tei-samples/letters", "tei-samples/tei-lite", "tei-samples/drama", "schemas/cmif/examples")) {
            try (Stream<Path> s = Files.list(TestData.shared(folder))) {
                s.filter(p -> p.toString().endsWith(".xml")).sorted().forEach(files::add);
            }
        }
        List<Path> repeated = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            repeated.addAll(files);
        }
        String teiAll = TestData.shared("schemas/tei_all.rng").toString();
        String cmifSch = TestData.shared("schemas/cmif/cmif.sch").toString();
        ValidationOptions one = new ValidationOptions(List.of(teiAll), List.of(cmifSch), null, false, false, List.of(), null, 1);
        ValidationOptions four = new ValidationOptions(List.of(teiAll), List.of(cmifSch), null, false, false, List.of(), null, 4);
        ValidationReport sequential = ValidationFixtures.TOOLKIT.validator(one).validate(repeated, r -> { });
        ValidationReport parallel = ValidationFixtures.TOOLKIT.validator(four).validate(repeated, r -> { });
        assertEquals(repeated.size(), parallel.files().size());
        for (int i = 0; i < repeated.size(); i++) {
            assertEquals(sequential.files().get(i).path(), parallel.files().get(i).path());
            assertEquals(sequential.files().get(i).findings(), parallel.files().get(i).findings(), repeated.get(i).toString());
        }
    }
}
