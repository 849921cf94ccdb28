package org.teikit.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Splits the note list off the end of a document: the last run of lines that match the profile's
 * note-list pattern, after a blank line. Stateless.
 */
final class NoteListReader {

    /** One entry of the note list: the number printed in the list and the note's text. */
    record Entry(int listNumber, String text, int line, int textColumn) {
    }

    record Result(List<SourceLine> body, List<Entry> entries) {
    }

    private final ConversionProfile profile;

    NoteListReader(ConversionProfile profile) {
        this.profile = profile;
    }

    Result split(List<SourceLine> lines) {
        int end = lines.size();
        while (end > 0 && lines.get(end - 1).isBlank()) {
            end--;
        }
        int start = end;
        while (start > 0 && profile.noteListLine().matcher(lines.get(start - 1).text()).matches()) {
            start--;
        }
        if (start == end || (start > 0 && !lines.get(start - 1).isBlank())) {
            return new Result(lines.subList(0, end), List.of());
        }
        List<Entry> entries = new ArrayList<>();
        for (SourceLine line : lines.subList(start, end)) {
            Matcher m = profile.noteListLine().matcher(line.text());
            if (m.matches()) {
                entries.add(new Entry(Integer.parseInt(m.group("n")), m.group("text"), line.number(), m.start("text") + 1));
            }
        }
        return new Result(lines.subList(0, start), entries);
    }
}
