package org.teikit.export;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A METS document as made by {@link MetsExporter}: its bytes, and what a collection-level record
 * (a bag's {@code bag-info.txt}) takes from it. Immutable (the bytes are not copied: do not change them).
 *
 * @param createDate  its metsHdr CREATEDATE, if it has one
 * @param publishers  the publishers its MODS names
 * @param collections the titles of the edition and series its MODS names
 */
public record MetsRecord(byte[] xml, Optional<Instant> createDate, List<String> publishers, List<String> collections) {
    public MetsRecord {
        publishers = List.copyOf(publishers);
        collections = List.copyOf(collections);
    }
}
