package org.teikit.cli;

import picocli.CommandLine.Option;

/** {@code --glob}: which files a command takes from the folders it is given. */
final class GlobOption {
    @Option(names = "--glob", defaultValue = "*.xml", paramLabel = "GLOB",
            description = "Files taken from folders (default: ${DEFAULT-VALUE}).")
    private String pattern;

    String pattern() {
        return pattern;
    }
}
