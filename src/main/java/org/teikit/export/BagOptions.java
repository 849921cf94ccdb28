package org.teikit.export;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * How a bag is made. Immutable; the fields given are checked on construction.
 *
 * @param sha512     SHA-512 manifests beside the SHA-256 ones
 * @param zip        write {@code BAGDIR.zip} (unpacking to {@code BAGDIR/}) instead of the folder
 * @param force      whether an existing bag (or zip) may be replaced
 * @param sourceDate the Bagging-Date and the METS CREATEDATE (SOURCE_DATE_EPOCH), or null to take
 *                   the documents' own newest date
 * @param info       bag-info.txt labels and values that replace or join those made from the documents
 */
public record BagOptions(boolean sha512, boolean zip, boolean force, Instant sourceDate, Map<String, String> info) {
    /** Labels whose values are measured on the payload, never given. */
    static final Set<String> COMPUTED = Set.of("Payload-Oxum", "Bag-Size");

    public BagOptions {
        for (Map.Entry<String, String> field : info.entrySet()) {
            String label = field.getKey();
            if (!label.matches("[^:\\s][^:\\r\\n]*") || label.strip().length() != label.length()) {
                throw new IllegalArgumentException("bag-info label \"" + label + "\": a label has no colon, line break "
                        + "or surrounding space");
            }
            if (field.getValue().matches("(?s).*[\\r\\n].*")) {
                throw new IllegalArgumentException("bag-info " + label + ": a value is one line");
            }
            if (COMPUTED.contains(label)) {
                throw new IllegalArgumentException("bag-info " + label + " is measured on the payload and cannot be given");
            }
        }
        info = Collections.unmodifiableMap(new LinkedHashMap<>(info));
    }

    public static BagOptions defaults() {
        return new BagOptions(false, false, false, null, Map.of());
    }
}
