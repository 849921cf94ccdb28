package org.teikit.model;

/**
 * Who wrote to whom, as a heading of the form "Telegram From X to Y in Place" states it. Any part
 * may be null when the heading does not say it.
 */
public record Correspondence(String kind, String sender, String senderPlace, String addressee,
        String addresseePlace) {
    public boolean hasParties() {
        return sender != null || addressee != null;
    }
}
