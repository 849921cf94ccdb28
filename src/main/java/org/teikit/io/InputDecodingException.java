package org.teikit.io;

import java.io.IOException;

/** Input bytes that are not text in the expected encoding, with the place of the first bad byte. */
public final class InputDecodingException extends IOException {
    private final long byteOffset;
    private final int line;
    private final int column;

    public InputDecodingException(String message, long byteOffset, int line, int column) {
        super(message);
        this.byteOffset = byteOffset;
        this.line = line;
        this.column = column;
    }

    public long byteOffset() {
        return byteOffset;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
