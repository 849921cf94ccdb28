package org.teikit.export;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One document of a collection: its name (its path below the collection's TEI folder, without
 * extension, {@code sub/d87}) and the files that exist for it, the TEI always among them.
 * Immutable.
 */
public record DocumentFiles(Path name, Map<FileKind, Path> files) {
    public DocumentFiles {
        Objects.requireNonNull(name, "name");
        if (!files.containsKey(FileKind.TEI)) {
            throw new IllegalArgumentException(name + ": a document needs its TEI file");
        }
        EnumMap<FileKind, Path> copy = new EnumMap<>(FileKind.class);
        copy.putAll(files);
        files = Collections.unmodifiableMap(copy);
    }

    /** A TEI file without renderings. */
    public static DocumentFiles tei(Path name, Path teiFile) {
        return new DocumentFiles(name, Map.of(FileKind.TEI, teiFile));
    }

    public Path tei() {
        return files.get(FileKind.TEI);
    }
}
