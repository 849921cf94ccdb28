package org.teikit.convert;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.teikit.model.Correspondence;

/**
 * Reads what a FRUS heading says: {@code 247. Telegram From the Department of State to Secretary of
 * State Shultz in Singapore} is document 247, a telegram, sent by the Department of State, received
 * by Secretary of State Shultz in Singapore. Stateless and thread-safe.
 */
final class HeadingParser {
    static final Pattern NUMBERED = Pattern.compile("^(?<n>\\d{1,5})\\.\\s+(?<title>\\S.*)$");

    /** Longest first, so that "Memorandum of Conversation" wins over "Memorandum". */
    private static final List<String> KINDS = List.of(
            "Memorandum of Telephone Conversation", "Memorandum of Conversation", "Memorandum for the Record",
            "Memorandum for the President", "Summary of Conclusions", "Circular Telegram", "Backchannel Message",
            "National Intelligence Estimate", "Special National Intelligence Estimate", "Intelligence Memorandum",
            "Information Memorandum", "Action Memorandum", "Briefing Memorandum", "Editorial Note", "Diary Entry",
            "Record of Meeting", "Minutes of Meeting", "Notes of Meeting", "Memorandum", "Telegram", "Letter",
            "Airgram", "Despatch", "Dispatch", "Instruction", "Message", "Paper", "Report", "Note", "Notes",
            "Minutes", "Transcript", "Study", "Statement", "Record", "Aide-Mémoire", "Aide-Memoire", "Editorial");
    private static final Pattern FROM_TO = Pattern.compile(
            "^(?<kind>.+?)\\s+(?:From|from|by)\\s+(?<from>.+?)(?:\\s+to\\s+(?<to>.+?))?$");
    private static final Pattern TO_ONLY = Pattern.compile("^(?<kind>.+?)\\s+to\\s+(?<to>.+?)$");
    private static final Pattern IN_PLACE = Pattern.compile("^(?<who>.+?)\\s+(?:in|at)\\s+(?:the\\s+)?(?<place>\\p{Lu}[^,()]*)$");
    private static final Pattern OFFICE_IN = Pattern.compile(
            "^(?:the\\s+)?(?:Embassy|Mission|Consulate|Consulate General|Legation|Delegation|Office|Station)\\b.*");

    /** The kind of document as a token ({@code telegram}, {@code memorandum-of-conversation}). */
    String kind(String title) {
        String lower = title.toLowerCase(Locale.ROOT);
        for (String kind : KINDS) {
            String k = kind.toLowerCase(Locale.ROOT);
            if (lower.startsWith(k) && (lower.length() == k.length() || !Character.isLetter(lower.charAt(k.length())))) {
                return token(kind);
            }
        }
        Matcher m = FROM_TO.matcher(title);
        return m.matches() && m.group("kind").length() <= 60 ? token(m.group("kind")) : "document";
    }

    Correspondence correspondence(String title) {
        String kind = kind(title);
        Matcher m = FROM_TO.matcher(title);
        if (m.matches()) {
            String[] from = party(m.group("from"));
            String[] to = m.group("to") == null ? new String[] {null, null} : party(m.group("to"));
            return new Correspondence(kind, from[0], from[1], to[0], to[1]);
        }
        Matcher t = TO_ONLY.matcher(title);
        if (t.matches() && t.group("kind").length() <= 60) {
            String[] to = party(t.group("to"));
            return new Correspondence(kind, null, null, to[0], to[1]);
        }
        return new Correspondence(kind, null, null, null, null);
    }

    /** Name and place of a party; an embassy keeps its place in its name ("the Embassy in Moscow"). */
    private static String[] party(String text) {
        String who = text.strip();
        if (who.startsWith("the ")) {
            who = who.substring(4);
        }
        Matcher place = IN_PLACE.matcher(who);
        if (!place.matches()) {
            return new String[] {who, null};
        }
        String where = place.group("place");
        return OFFICE_IN.matcher(who).matches() ? new String[] {who, where} : new String[] {place.group("who"), where};
    }

    /** A kind as a token; a heading with no letters before "From" is just a document. */
    private static String token(String kind) {
        String token = kind.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        return token.isEmpty() ? "document" : token;
    }
}
