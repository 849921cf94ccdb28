package org.teikit.convert;

/** Which TEI conventions the converter writes. */
public enum Flavor {
    /** Plain TEI P5, valid against tei_all, with correspondence metadata. */
    TEI,
    /** The Office of the Historian's FRUS conventions, valid against their frus.rnc. */
    FRUS
}
