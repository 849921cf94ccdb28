package org.teikit;

import org.teikit.cli.TeikitCommand;

/** Command-line entry point: everything else lives in {@link TeikitCommand}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(TeikitCommand.run(args));
    }
}
