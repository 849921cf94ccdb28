package org.teikit.export;

import java.nio.file.Path;
import java.util.List;
import org.teikit.diag.Diagnostic;

/**
 * What {@link BagVerifier} found: one finding per bad, missing or extra file (codes {@code BAG-001}
 * not a readable bag, {@code BAG-002} missing, {@code BAG-003} checksum differs, {@code BAG-004}
 * not in a manifest, {@code BAG-005} Payload-Oxum differs). Immutable.
 *
 * @param checksums the checksums compared (a file listed in two manifests counts twice)
 */
public record BagVerification(Path bag, long checksums, List<Diagnostic> problems) {
    public BagVerification {
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }
}
