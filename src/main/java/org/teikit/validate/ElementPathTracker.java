package org.teikit.validate;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Knows, during a SAX parse, the path of the element being read ({@code /TEI/text/body/div[1]/p[3]}),
 * so that a grammar error can say where it stands in the tree. Not thread-safe: one per parse.
 */
final class ElementPathTracker {
    private final Deque<Frame> stack = new ArrayDeque<>();

    private static final class Frame {
        final String name;
        final int index;
        final Map<String, Integer> childCounts = new HashMap<>();

        Frame(String name, int index) {
            this.name = name;
            this.index = index;
        }
    }

    void start(String qName) {
        int index = stack.isEmpty() ? 1 : stack.peek().childCounts.merge(qName, 1, Integer::sum);
        stack.push(new Frame(qName, index));
    }

    void end() {
        stack.pop();
    }

    /** The current element's name, or null outside the root. */
    String current() {
        return stack.isEmpty() ? null : stack.peek().name;
    }

    String path() {
        StringBuilder s = new StringBuilder();
        stack.descendingIterator().forEachRemaining(f -> s.append('/').append(f.name).append('[').append(f.index).append(']'));
        return s.length() == 0 ? "/" : s.toString();
    }
}
