package org.teikit.convert;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.teikit.model.Block;
import org.teikit.model.DateValue;
import org.teikit.model.Inline;
import org.teikit.model.SourcePosition;

/**
 * Recognises a dateline, {@code Place, Date}: {@code Washington, June 24, 1986, 2346Z},
 * {@code [Washington,] January 11, 1949.}, {@code Washington, undated}. The text around place and
 * date is kept so that nothing is lost. Stateless and thread-safe.
 */
final class DatelineParser {
    private static final Pattern DATELINE = Pattern.compile(
            "^(?<before>\\[?)(?<place>\\p{Lu}[\\p{L}\\p{M} .'’-]{0,40}?)(?<between>,\\] |\\], |, )(?<rest>.+)$");
    private static final Pattern MERIDIEM_END = Pattern.compile("[ap]\\.\\s?m\\.$");

    private final DateParser dates = new DateParser();

    Optional<Block.Dateline> parse(String line, List<List<Inline>> leadingLines, SourcePosition position) {
        Matcher m = DATELINE.matcher(line.strip());
        if (!m.matches() || !line.equals(line.strip())) {
            return Optional.empty();
        }
        String rest = m.group("rest");
        String after = "";
        if (rest.endsWith(".") && !MERIDIEM_END.matcher(rest).find()) {
            after = ".";
            rest = rest.substring(0, rest.length() - 1);
        }
        Optional<DateValue> date = dates.parse(rest);
        if (date.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Block.Dateline(leadingLines, m.group("before"), m.group("place"), m.group("between"),
                rest, date.get(), after, position));
    }
}
