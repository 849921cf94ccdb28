package org.teikit.cli;

import java.time.Instant;
import java.util.Optional;

/**
 * {@code SOURCE_DATE_EPOCH} (reproducible-builds.org): the time an output states instead of the
 * clock's, in seconds since 1970. Absent or not a number of seconds: empty.
 */
final class SourceDateEpoch {
    private SourceDateEpoch() {
    }

    static Optional<Instant> get() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        return epoch == null || !epoch.matches("\\d{1,12}") ? Optional.empty()
                : Optional.of(Instant.ofEpochSecond(Long.parseLong(epoch)));
    }
}
