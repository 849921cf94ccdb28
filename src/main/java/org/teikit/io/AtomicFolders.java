package org.teikit.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Puts folders in place by renames only, so that a reader (or a run that is killed) finds the old
 * folder, or none, or the new one, never a half-written one: the new folder is built in a hidden
 * temporary folder beside the target, then renamed onto it.
 */
public final class AtomicFolders {
    private AtomicFolders() {
    }

    /** A new, empty, hidden folder in the target's folder (the same file system, so renames stay atomic). */
    public static Path temporaryBeside(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Files.createDirectories(absolute.getParent());
        return Files.createTempDirectory(absolute.getParent(), "." + absolute.getFileName() + "-");
    }

    /**
     * Renames {@code built} to {@code target}. An existing target is first renamed aside and deleted
     * only once the new folder stands in its place; if that rename fails, the old folder is put back.
     *
     * @throws OutputExistsException when the target exists and {@code overwrite} is false
     */
    public static void replace(Path built, Path target, boolean overwrite) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (!Files.exists(absolute)) {
            Files.move(built, absolute, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        if (!overwrite) {
            throw new OutputExistsException(target);
        }
        Path aside = temporaryBeside(absolute);
        Path old = aside.resolve(absolute.getFileName());
        Files.move(absolute, old, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(built, absolute, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(old, absolute, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        deleteTree(aside);
    }

    /** Deletes a folder and everything below it; nothing happens when it does not exist. */
    public static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(folder)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : paths) {
            Files.delete(path);
        }
    }
}
