package org.teikit.validate;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code validate} checks and how.
 *
 * @param schemas        RELAX NG schemas (.rng, .rnc) given by the user; empty: the documents' xml-model,
 *                       else the project's own schema
 * @param schematrons    Schematron schemas given by the user
 * @param phase          Schematron phase, or null for each schema's default
 * @param embeddedSchematron whether Schematron embedded in RELAX NG schemas runs too
 * @param allowNetwork   whether rules may load documents from the network
 * @param catalogs       XML catalogs to consult besides the bundled one
 * @param teiSchemas     a local folder of TEI release schemas for the canonical TEI URLs, or null
 * @param jobs           threads
 */
public record ValidationOptions(List<String> schemas, List<String> schematrons, String phase, boolean embeddedSchematron,
        boolean allowNetwork, List<Path> catalogs, Path teiSchemas, int jobs) {
    public ValidationOptions {
        schemas = List.copyOf(schemas);
        schematrons = List.copyOf(schematrons);
        catalogs = List.copyOf(catalogs);
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1, not " + jobs);
        }
    }

    /** RELAX NG only, with the given schema; no embedded Schematron. */
    public static ValidationOptions relaxNg(Path schema) {
        return new ValidationOptions(List.of(schema.toString()), List.of(), null, false, false, List.of(), null, 1);
    }
}
