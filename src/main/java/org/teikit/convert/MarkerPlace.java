package org.teikit.convert;

/** Where a footnote marker stands: line index in the body lines, [start, end) columns, number shown. */
record MarkerPlace(int lineIndex, int start, int end, int number) {
}
