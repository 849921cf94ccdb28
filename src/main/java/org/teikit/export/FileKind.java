package org.teikit.export;

/**
 * The files of one document in a build: the TEI, its renderings and its Dublin Core record, each with
 * the folder and extension the build layout gives it, its media type, and the METS file group it
 * belongs to (the Dublin Core record, being descriptive metadata, is referenced from a dmdSec instead).
 * Immutable.
 */
public enum FileKind {
    TEI("tei", ".xml", "application/tei+xml", "MASTER"),
    HTML("html", ".html", "text/html", "HTML"),
    TEXT("text", ".txt", "text/plain", "TEXT"),
    PDF("pdf", ".pdf", "application/pdf", "PDF"),
    DC("dc", ".xml", "application/xml", "DC");

    private final String folder;
    private final String extension;
    private final String mediaType;
    private final String metsUse;

    FileKind(String folder, String extension, String mediaType, String metsUse) {
        this.folder = folder;
        this.extension = extension;
        this.mediaType = mediaType;
        this.metsUse = metsUse;
    }

    /** The folder of a build output that holds files of this kind ({@code html}). */
    public String folder() {
        return folder;
    }

    /** With the dot: {@code .html}. */
    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The METS fileGrp USE value ({@code DC}: the record is a dmdSec's mdRef, in no file group). */
    public String metsUse() {
        return metsUse;
    }
}
