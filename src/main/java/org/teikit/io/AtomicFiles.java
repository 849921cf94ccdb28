package org.teikit.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files so that readers never see half a file: the bytes go to a temporary file in the
 * target's folder, which is then renamed over the target in one step.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /**
     * @param overwrite whether an existing target may be replaced
     * @throws OutputExistsException when the target exists and {@code overwrite} is false
     */
    public static void write(Path target, byte[] content, boolean overwrite) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (!overwrite && Files.exists(absolute)) {
            throw new OutputExistsException(target);
        }
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, "." + absolute.getFileName(), ".part");
        try {
            Files.write(temp, content);
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
