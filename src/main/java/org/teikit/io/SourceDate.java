package org.teikit.io;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code SOURCE_DATE_EPOCH} convention of reproducible builds: a time, in seconds since the
 * epoch, that outputs record instead of the clock's.
 */
public final class SourceDate {
    public static final String VARIABLE = "SOURCE_DATE_EPOCH";

    private SourceDate() {
    }

    /**
     * @throws IllegalArgumentException when the variable is set but is no whole number of seconds
     *                                  (the convention asks tools to fail rather than guess)
     */
    public static Optional<Instant> from(Map<String, String> environment) {
        String value = environment.get(VARIABLE);
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        if (!value.matches("\\d{1,12}")) {
            throw new IllegalArgumentException(VARIABLE + " is " + value + ", not a number of seconds since 1970");
        }
        return Optional.of(Instant.ofEpochSecond(Long.parseLong(value)));
    }
}
