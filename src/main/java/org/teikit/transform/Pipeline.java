package org.teikit.transform;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * XSLT stylesheets run one after another: the first gets the TEI, each next one the result of the
 * one before, and the last one's result is the output. One step is teikit's own stylesheet of a
 * format or a user's {@code --stylesheet}; several come from a pipeline file. Immutable.
 *
 * @param steps at least one
 */
public record Pipeline(List<Step> steps) {
    public Pipeline {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a pipeline has at least one step");
        }
    }

    /**
     * One stylesheet: a bundled one (a classpath resource such as {@code xslt/html/tei-to-html.xsl})
     * or a file, with the parameters this step alone gets.
     */
    public record Step(String resource, Path file, Map<String, String> parameters) {
        public Step {
            if ((resource == null) == (file == null)) {
                throw new IllegalArgumentException("a step is either a bundled stylesheet or a file");
            }
            parameters = Map.copyOf(parameters);
        }

        public static Step bundled(String resource) {
            return new Step(Objects.requireNonNull(resource), null, Map.of());
        }

        public static Step file(Path file) {
            return new Step(null, Objects.requireNonNull(file), Map.of());
        }

        public String describe() {
            return resource != null ? resource : file.toString();
        }
    }

    /** teikit's own stylesheet of a format. */
    public static Pipeline of(OutputFormat format) {
        return new Pipeline(List.of(Step.bundled(format.stylesheet())));
    }

    /** A user's stylesheet alone. */
    public static Pipeline of(Path stylesheet) {
        return new Pipeline(List.of(Step.file(stylesheet)));
    }

    public Step last() {
        return steps.get(steps.size() - 1);
    }
}
