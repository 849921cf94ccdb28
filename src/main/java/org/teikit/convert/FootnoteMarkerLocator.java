package org.teikit.convert;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\.";
    /** Digits glued to a word, punctuation or closing quote, not followed by a letter or digit. */
    private static final Pattern GLUED = Pattern.compile(
            "(?<=[\\p{L}\\p{M}.,:;!?)\\]’”\"'»…*])(\\d{1,3})(?=$|[\\s\\[\\]),.;:—–!?\"”’-])");
    /** A day of the month with the marker glued to it: {@code March 62} is March 6 and note 2. */
    private static final Pattern DAY_AND_MARKER = Pattern.compile(
            "(?<=\\b(?:" + MONTHS + ") )(\\d{2,4})(?=$|[\\s\\[\\]),.;:—–])");
    /** A year with the marker glued to it: {@code February 27, 19561} is 1956 and note 1. */
    private static final Pattern YEAR_AND_MARKER = Pattern.compile(
            "(?<=, |\\b(?:" + MONTHS + ") )(?:1[6-9]|20)\\d\\d(\\d{1,3})(?=$|[\\s\\[\\]),.;:—–])");
    /** A number standing alone at the end of a heading-like line: {@code Secretary Brown 1}. */
    private static final Pattern TRAILING = Pattern.compile("(?<=[\\p{Lu}\\p{L}\\p{M})] )(\\d{1,3})$");
    private static final Pattern REFERENCE_WORD_BEFORE = Pattern.compile(
            "(?i)\\b(?:document|documents|doc|para|paragraph|paras|no\\.|nos\\.|number|article|tab|annex|footnote|note"
            + "|page|pages|p\\.|pp\\.|vol\\.|volume|section|chapter|room|item|point|telegram|tel|deptel|embtel|circular"
            + "|and|or|to|of|in|on|at|by|the|a|an|from|for|with|about|than|under|over|some|all|phase|stage|round|level"
            + "|option|class|grade|group|table|figure|line|step|category) $");

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
            Matcher glued = GLUED.matcher(line);
            while (glued.find()) {
                if (!masked[glued.start()]) {
                    char before = line.charAt(glued.start() - 1);
                    int weight = Character.isUpperCase(before) ? 2 : 3;
                    found.add(new Candidate(i, glued.start(), glued.end(), Integer.parseInt(glued.group(1)), weight));
                }
            }
            Matcher day = DAY_AND_MARKER.matcher(line);
            while (day.find()) {
                addDaySplits(found, i, day.start(), day.group(1), masked);
            }
            Matcher year = YEAR_AND_MARKER.matcher(line);
            while (year.find()) {
                if (!masked[year.start()]) {
                    found.add(new Candidate(i, year.start(1), year.end(1), Integer.parseInt(year.group(1)), 1));
                }
            }
            Matcher trailing = TRAILING.matcher(line);
            if (trailing.find() && !masked[trailing.start()]
                    && !REFERENCE_WORD_BEFORE.matcher(line.substring(0, trailing.start())).find()) {
                found.add(new Candidate(i, trailing.start(), trailing.end(), Integer.parseInt(trailing.group(1)), 1));
            }
        }
        found.sort(Comparator.comparingLong(Candidate::order));
        return found;
    }

    /** {@code 62} after a month may be day 6 with marker 2; a day of 1..31 and a marker of 1..3 digits. */
    private static void addDaySplits(List<Candidate> found, int lineIndex, int start, String digits, boolean[] masked) {
        if (masked[start] || Integer.parseInt(digits) <= 31 || digits.length() == 4 && digits.startsWith("19")
                || digits.length() == 4 && digits.startsWith("20")) {
            return;
        }
        for (int split = 1; split <= 2 && split < digits.length(); split++) {
            int day = Integer.parseInt(digits.substring(0, split));
            if (day >= 1 && day <= 31 && digits.charAt(split) != '0') {
                found.add(new Candidate(lineIndex, start + split, start + digits.length(),
                        Integer.parseInt(digits.substring(split)), 1));
            }
        }
    }

    private static void addMatches(List<Candidate> found, Matcher m, int lineIndex, boolean[] masked, int weight,
            String group) {
        while (m.find()) {
            if (!masked[m.start()]) {
                found.add(new Candidate(lineIndex, m.start(), m.end(), Integer.parseInt(m.group(group)), weight));
            }
        }
    }

    private boolean[] pageMarkerMask(String line) {
        boolean[] masked = new boolean[line.length() + 1];
        Matcher m = profile.pageMarker().matcher(line);
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
