package org.teikit.io;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands the inputs of a command into files: a file stands for itself, a folder for every file
 * below it whose name matches a glob (sorted, so runs are reproducible), each with the path its
 * output takes relative to the output folder (the tree under a folder is mirrored).
 */
public final class InputFiles {
    /** An input file and where its output goes, relative to the output folder, without extension. */
    public record Input(Path file, Path outputStem) {
    }

    private InputFiles() {
    }

    /**
     * @param glob which files of a folder count, matched against file names ({@code *.txt}); files
     *             named directly always count
     */
    public static List<Input> expand(List<Path> inputs, String glob) throws IOException {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        List<Input> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> matcher.matches(p.getFileName()))
                            .sorted()
                            .forEach(p -> files.add(new Input(p, stem(input.relativize(p)))));
                }
            } else if (Files.isRegularFile(input)) {
                files.add(new Input(input, stem(input.getFileName())));
            } else {
                throw new NoSuchFileException(input.toString(), null, "no such file or folder");
            }
        }
        return files;
    }

    private static Path stem(Path relative) {
        String name = relative.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Path parent = relative.getParent();
        String bare = dot > 0 ? name.substring(0, dot) : name;
        return parent == null ? Path.of(bare) : parent.resolve(bare);
    }
}
