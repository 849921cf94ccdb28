package org.teikit.export;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link BagWriter} wrote. Immutable.
 *
 * @param bag          the bag folder or zip file
 * @param documents    the TEI documents in it
 * @param payloadFiles the files under {@code data/}
 * @param payloadBytes their total size
 * @param leftOut      files of the input folder the bag does not carry (outside the build layout), relative to it
 */
public record BagResult(Path bag, int documents, long payloadFiles, long payloadBytes, List<Path> leftOut) {
    public BagResult {
        leftOut = List.copyOf(leftOut);
    }
}
