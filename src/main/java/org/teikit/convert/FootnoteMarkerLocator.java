package org.teikit.convert;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where each note of the note list is anchored in the text.
 *
 * <p>FRUS web text glues a note's number to the word before it ({@code Singapore1}, {@code U.S.3}),
 * so a digit run in the text may be a marker or text ({@code 1986}, {@code para 3}). What decides
 * is what we know: the notes are numbered in list order and their markers appear in that order. All
 * plausible candidates are collected with a weight for how marker-like they look, then the heaviest
 * strictly increasing choice of one candidate (or none) per note is taken, once with markers
 * numbered as the list and once shifted by one (volumes that show the source note as {@code 0}).
 * Stateless and thread-safe.
 */
final class FootnoteMarkerLocator {

    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "aug.", "sept.",
            "sep.", "oct.", "nov.", "dec.");
    /** Characters a marker may be glued to: the end of a word, punctuation, a closing quote or bracket. */
    private static final String GLUE = ".,:;!?)]’”\"'»…*";
    /** Characters that may follow a marker (a letter or digit may not). */
    private static final String FOLLOWERS = "[]),.;:—–!?\"”’-";
    /** Words after which a number is a reference, not a marker: {@code Document 246}, {@code para 3}. */
    private static final Set<String> REFERENCE_WORDS = Set.of("document", "documents", "doc", "para", "paragraph",
            "paras", "no.", "nos.", "number", "article", "tab", "annex", "footnote", "note", "page", "pages", "p.",
            "pp.", "vol.", "volume", "section", "chapter", "room", "item", "point", "telegram", "tel", "deptel",
            "embtel", "circular", "and", "or", "to", "of", "in", "on", "at", "by", "the", "a", "an", "from", "for",
            "with", "about", "than", "under", "over", "some", "all", "phase", "stage", "round", "level", "option",
            "class", "grade", "group", "table", "figure", "line", "step", "category", "secto", "tosec", "state");

    private final ConversionProfile profile;

    FootnoteMarkerLocator(ConversionProfile profile) {
        this.profile = profile;
    }

    /** The outcome: one place per note (null where no marker was found) and the numbering shift. */
    record Placement(MarkerPlace[] places, int shift) {
        int anchoredCount() {
            int n = 0;
            for (MarkerPlace p : places) {
                n += p == null ? 0 : 1;
            }
            return n;
        }
    }

    private record Candidate(int lineIndex, int start, int end, int number, int weight) {
        long order() {
            return ((long) lineIndex << 32) | start;
        }
    }

    Placement locate(List<String> lines, List<Integer> listNumbers) {
        List<Candidate> candidates = candidates(lines);
        Placement plain = choose(candidates, listNumbers, 0);
        if (listNumbers.isEmpty() || profile.noteMarker() != null) {
            return plain;
        }
        Placement shifted = choose(candidates, listNumbers, -1);
        return shifted.anchoredCount() > plain.anchoredCount() ? shifted : plain;
    }

    private List<Candidate> candidates(List<String> lines) {
        List<Candidate> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean[] masked = pageMarkerMask(line);
            if (profile.noteMarker() != null) {
                addMatches(found, profile.noteMarker().matcher(line), i, masked, 3, "n");
                continue;
            }
            for (int start = 0; start < line.length(); start++) {
                if (!isAsciiDigit(line.charAt(start))) {
                    continue;
                }
                int end = start + 1;
                while (end < line.length() && isAsciiDigit(line.charAt(end))) {
                    end++;
                }
                if ((masked == null || !masked[start]) && (end == line.length()
                        || Character.isWhitespace(line.charAt(end)) || FOLLOWERS.indexOf(line.charAt(end)) >= 0)) {
                    addCandidates(found, i, line, start, end);
                }
                start = end;
            }
        }
        found.sort(Comparator.comparingLong(Candidate::order));
        return found;
    }

    /**
     * The ways the digit run [start, end) can be a marker: glued to a word or punctuation
     * ({@code Singapore1}), glued to a day ({@code March 62}) or a year ({@code 19561}), or standing
     * alone at the end of a heading-like line ({@code Secretary Brown 1}).
     */
    private static void addCandidates(List<Candidate> found, int lineIndex, String line, int start, int end) {
        String run = line.substring(start, end);
        char before = start > 0 ? line.charAt(start - 1) : ' ';
        if (start > 0 && (Character.isLetter(before) || Character.getType(before) == Character.NON_SPACING_MARK
                || GLUE.indexOf(before) >= 0)) {
            if (run.length() <= 3) {
                found.add(new Candidate(lineIndex, start, end, Integer.parseInt(run), Character.isUpperCase(before) ? 2 : 3));
            }
            return;
        }
        if (before != ' ' || start == 0) {
            return;
        }
        String previousWord = previousWord(line, start - 1);
        boolean afterMonth = MONTHS.contains(previousWord.toLowerCase(Locale.ROOT));
        if (afterMonth && run.length() >= 2 && run.length() <= 4 && !isYear(run) && Integer.parseInt(run) > 31) {
            for (int split = 1; split <= 2 && split < run.length(); split++) {
                int day = Integer.parseInt(run.substring(0, split));
                if (day >= 1 && day <= 31 && run.charAt(split) != '0') {
                    found.add(new Candidate(lineIndex, start + split, end, Integer.parseInt(run.substring(split)), 1));
                }
            }
        }
        if ((afterMonth || previousWord.endsWith(",")) && run.length() >= 5 && run.length() <= 7
                && isYear(run.substring(0, 4)) && run.charAt(4) != '0') {
            found.add(new Candidate(lineIndex, start + 4, end, Integer.parseInt(run.substring(4)), 1));
        }
        if (end == line.length() && run.length() <= 3 && !previousWord.isEmpty()
                && (Character.isLetter(previousWord.charAt(previousWord.length() - 1)) || previousWord.endsWith(")"))
                && !REFERENCE_WORDS.contains(previousWord.toLowerCase(Locale.ROOT))) {
            found.add(new Candidate(lineIndex, start, end, Integer.parseInt(run), 1));
        }
    }

    private static String previousWord(String line, int spaceIndex) {
        int from = line.lastIndexOf(' ', spaceIndex - 1) + 1;
        return line.substring(from, spaceIndex);
    }

    private static boolean isYear(String digits) {
        return digits.length() == 4 && (digits.charAt(0) == '1' && digits.charAt(1) >= '6' || digits.startsWith("20"));
    }

    private static void addMatches(List<Candidate> found, Matcher m, int lineIndex, boolean[] masked, int weight,
            String group) {
        while (m.find()) {
            if (masked == null || !masked[m.start()]) {
                found.add(new Candidate(lineIndex, m.start(), m.end(), Integer.parseInt(m.group(group)), weight));
            }
        }
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Which columns page markers cover (their digits are no note markers); null when none. */
    private boolean[] pageMarkerMask(String line) {
        if (!profile.mayHavePageMarker(line)) {
            return null;
        }
        Matcher m = profile.pageMarker().matcher(line);
        if (!m.find()) {
            return null;
        }
        boolean[] masked = new boolean[line.length() + 1];
        m.reset();
        while (m.find()) {
            for (int k = m.start(); k < m.end(); k++) {
                masked[k] = true;
            }
        }
        return masked;
    }

    /**
     * The heaviest strictly increasing assignment. States form a Pareto front over (last position,
     * total weight): a state that is both later and lighter than another can never do better.
     */
    private static Placement choose(List<Candidate> candidates, List<Integer> listNumbers, int shift) {
        record State(long lastOrder, int weight, State previous, int noteIndex, Candidate chosen) {
        }
        List<State> front = new ArrayList<>(List.of(new State(-1, 0, null, -1, null)));
        for (int k = 0; k < listNumbers.size(); k++) {
            int wanted = listNumbers.get(k) + shift;
            List<State> next = new ArrayList<>(front);
            for (Candidate c : candidates) {
                if (c.number() != wanted) {
                    continue;
                }
                State best = null;
                for (State s : front) {
                    if (s.lastOrder() < c.order() && (best == null || s.weight() > best.weight())) {
                        best = s;
                    }
                }
                if (best != null) {
                    next.add(new State(c.order(), best.weight() + c.weight(), best, k, c));
                }
            }
            next.sort(Comparator.comparingLong(State::lastOrder).thenComparing(Comparator.comparingInt(State::weight).reversed()));
            front = new ArrayList<>();
            int bestWeight = Integer.MIN_VALUE;
            for (State s : next) {
                if (s.weight() > bestWeight) {
                    front.add(s);
                    bestWeight = s.weight();
                }
            }
        }
        State best = front.stream().max(Comparator.comparingInt(State::weight)).orElseThrow();
        MarkerPlace[] places = new MarkerPlace[listNumbers.size()];
        for (State s = best; s != null && s.chosen() != null; s = s.previous()) {
            Candidate c = s.chosen();
            places[s.noteIndex()] = new MarkerPlace(c.lineIndex(), c.start(), c.end(), c.number());
        }
        return new Placement(places, shift);
    }
}
