package org.teikit.io;

import java.io.IOException;
import java.nio.file.Path;

/** An output file is already there and the caller did not allow overwriting it. */
public final class OutputExistsException extends IOException {
    public OutputExistsException(Path path) {
        super(path + ": output exists (use --force to overwrite it)");
    }
}
