package org.teikit.cli;

/** The exit codes of every teikit command, as the help lists them. */
final class ExitCode {
    static final int OK = 0;
    static final int PROBLEMS = 1;
    static final int USAGE = 2;
    static final int INPUT_OUTPUT = 3;
    static final int INTERNAL = 4;

    static final java.util.Map<String, String> HELP = helpList();

    private static java.util.Map<String, String> helpList() {
        java.util.Map<String, String> list = new java.util.LinkedHashMap<>();
        list.put("0", "done; no errors in the documents");
        list.put("1", "problems found in documents (errors; warnings alone give 0)");
        list.put("2", "usage: unknown option, missing or bad argument");
        list.put("3", "input/output: a file could not be read, decoded or written");
        list.put("4", "internal error (please report it)");
        return java.util.Collections.unmodifiableMap(list);
    }

    private ExitCode() {
    }
}
