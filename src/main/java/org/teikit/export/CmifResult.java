package org.teikit.export;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.teikit.diag.Diagnostic;

/**
 * A CMIF file and what was found while making it.
 *
 * @param cmif        the file's bytes (UTF-8 XML)
 * @param letters     how many correspDescs it lists
 * @param diagnostics findings, in input order: {@code EXP-CMIF-001} a document without correspDesc,
 *                    {@code -002} a correspDesc naming no correspondent, {@code -003} one whose names
 *                    contradict their action (none of these is listed); {@code -004} a side written
 *                    "Unknown", {@code -005} a date CMIF cannot take, {@code -006} an action other
 *                    than sent/received, {@code -007} a part of an action CMIF has no place for,
 *                    {@code -008} a @ref that gives no authority URI (these are listed without it)
 */
public record CmifResult(byte[] cmif, int letters, List<Diagnostic> diagnostics) {
    private static final Set<String> NOT_LISTED = Set.of("EXP-CMIF-001", "EXP-CMIF-002", "EXP-CMIF-003");

    public CmifResult {
        Objects.requireNonNull(cmif, "cmif");
        diagnostics = List.copyOf(diagnostics);
    }

    /** The findings of documents and correspDescs that are not listed (codes 001 to 003). */
    public List<Diagnostic> notListed() {
        return diagnostics.stream().filter(d -> NOT_LISTED.contains(d.code())).toList();
    }

    /** The findings with the given code. */
    public List<Diagnostic> diagnostics(String code) {
        return diagnostics.stream().filter(d -> d.code().equals(code)).toList();
    }
}
