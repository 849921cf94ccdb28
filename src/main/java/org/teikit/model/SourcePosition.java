package org.teikit.model;

/**
 * A place in an input file: 1-based line and column (columns count UTF-16 code units, as editors
 * such as Emacs and oXygen do for the Basic Multilingual Plane).
 */
public record SourcePosition(String file, int line, int column) {
    /** The file as a whole (line 0), for problems that have no place inside it. */
    public static SourcePosition of(String file) {
        return new SourcePosition(file, 0, 0);
    }

    public SourcePosition {
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("negative position " + line + ":" + column);
        }
    }

    public SourcePosition atColumn(int newColumn) {
        return new SourcePosition(file, line, newColumn);
    }

    @Override
    public String toString() {
        return line == 0 ? file : file + ":" + line + ":" + column;
    }
}
