package org.teikit.export;

import java.time.Instant;

/**
 * How METS files are made. Immutable.
 *
 * @param sourceDate the CREATEDATE of every METS (SOURCE_DATE_EPOCH), or null to take each
 *                   document's own newest date (none when it gives none)
 * @param force      whether an existing METS file may be replaced
 */
public record MetsOptions(Instant sourceDate, boolean force) {
    public static MetsOptions defaults() {
        return new MetsOptions(null, false);
    }
}
