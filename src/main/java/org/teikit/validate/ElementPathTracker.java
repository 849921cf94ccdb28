package org.teikit.validate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * Knows, during a SAX parse, the path of the element being read ({@code /TEI/text/body/div[1]/p[3]}),
 * so that a grammar error can say where it stands in the tree. This runs for every element of every
 * file, so it only records child names; positions are counted when a path is asked for, which is rare.
 * Not thread-safe: one per parse.
 */
final class ElementPathTracker {
    private final Deque<Frame> stack = new ArrayDeque<>();

    private static final class Frame {
        final String name;
        /** This element's place among its parent's children. */
        final int position;
        List<String> children;

        Frame(String name, int position) {
            this.name = name;
            this.position = position;
        }
    }

    void start(String qName) {
        int position = 0;
        Frame parent = stack.peek();
        if (parent != null) {
            if (parent.children == null) {
                parent.children = new ArrayList<>();
            }
            position = parent.children.size();
            parent.children.add(qName);
        }
        stack.push(new Frame(qName, position));
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
        Iterator<Frame> fromRoot = stack.descendingIterator();
        Frame parent = null;
        while (fromRoot.hasNext()) {
            Frame f = fromRoot.next();
            int index = 1;
            if (parent != null) {
                for (int i = 0; i < f.position; i++) {
                    index += parent.children.get(i).equals(f.name) ? 1 : 0;
                }
            }
            s.append('/').append(f.name).append('[').append(index).append(']');
            parent = f;
        }
        return s.length() == 0 ? "/" : s.toString();
    }
}
