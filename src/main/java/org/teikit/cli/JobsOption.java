package org.teikit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code -j/--jobs}: how many documents a command works on at once. */
final class JobsOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    private int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Documents worked on in parallel (default: the number of cores).")
    void setJobs(int value) {
        if (value < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--jobs must be at least 1, not " + value);
        }
        jobs = value;
    }

    int jobs() {
        return jobs;
    }
}
