package org.teikit.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.teikit.io.InputFiles;

/**
 * The folders {@code teikit build} writes below its output folder OUT, where NAME is a document's
 * path below {@code tei/} without extension (the input tree is mirrored):
 *
 * <pre>
 * OUT/tei/NAME.xml   OUT/html/NAME.html (+ OUT/html/index.html)   OUT/text/NAME.txt   OUT/pdf/NAME.pdf
 * OUT/letters.cmif.xml   OUT/dc/NAME.xml   OUT/mets/NAME.mets.xml   OUT/bag/
 * </pre>
 *
 * A folder without {@code tei/} is read as a plain folder of TEI files. Immutable.
 */
public record BuildLayout(Path root) {
    public static final String METS_FOLDER = "mets";
    public static final String METS_EXTENSION = ".mets.xml";
    public static final String CMIF_FILE = "letters.cmif.xml";
    public static final String BAG_FOLDER = "bag";

    /** What a bag carries of a build output besides the METS, which it makes anew from its own payload. */
    static final List<String> CARRIED_PARTS = List.of(FileKind.TEI.folder(), FileKind.HTML.folder(),
            FileKind.TEXT.folder(), FileKind.PDF.folder(), FileKind.DC.folder(), CMIF_FILE);

    public Path folder(FileKind kind) {
        return root.resolve(kind.folder());
    }

    /** {@code OUT/html/NAME.html} for {@code HTML}. */
    public Path file(FileKind kind, Path name) {
        return folder(kind).resolve(name + kind.extension());
    }

    public Path metsFolder() {
        return root.resolve(METS_FOLDER);
    }

    /** {@code FOLDER/NAME.mets.xml}. */
    public static Path metsFile(Path metsFolder, Path name) {
        return metsFolder.resolve(name + METS_EXTENSION);
    }

    /** Whether the folder is a build output (it has {@code tei/}) rather than a plain folder of TEI files. */
    public boolean isBuildOutput() {
        return Files.isDirectory(folder(FileKind.TEI));
    }

    /**
     * The documents, sorted by name: in a build output every {@code tei/**.xml} with the renderings
     * that exist for it; in a plain folder every {@code *.xml} below it but METS files, without renderings.
     */
    public List<DocumentFiles> documents() throws IOException {
        boolean build = isBuildOutput();
        List<DocumentFiles> documents = new ArrayList<>();
        for (InputFiles.Input input : InputFiles.expand(List.of(build ? folder(FileKind.TEI) : root), "*.xml")) {
            if (input.file().getFileName().toString().endsWith(METS_EXTENSION)) {
                continue;
            }
            documents.add(build ? document(input.outputStem()) : DocumentFiles.tei(input.outputStem(), input.file()));
        }
        return documents;
    }

    /** A document of a build output by its name: {@code tei/NAME.xml} and the renderings and record that exist. */
    public DocumentFiles document(Path name) {
        Map<FileKind, Path> files = new EnumMap<>(FileKind.class);
        for (FileKind kind : FileKind.values()) {
            Path file = file(kind, name);
            if (kind == FileKind.TEI || Files.isRegularFile(file)) {
                files.put(kind, file);
            }
        }
        return new DocumentFiles(name, files);
    }
}
