package org.partnership.outcomes.matching;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;

/**
 * Finds which of many phrases occur in a text as whole words, case-insensitively, in one pass
 * over the text (an Aho-Corasick automaton). A match must not be preceded or followed by a letter,
 * digit or {@code _}; punctuation and hyphens are boundaries, so {@code UCL} matches in
 * {@code UCL-led} and {@code robot} does not match in {@code robots}.
 *
 * <p>Each phrase carries a bit mask; {@link #match} returns the OR of the masks of the phrases
 * found. One pass per string matters: real exports carry hundreds of thousands of distinct
 * affiliation strings, and one regular expression per alias per row is where naive code loses.
 */
public final class PhraseMatcher {

    private static final int ASCII = 128;
    private static final char[] NO_KEYS = new char[0];
    private static final int[] NO_TARGETS = new int[0];

    private char[][] keys = new char[1][];
    private int[][] targets = new int[1][];
    private int[] failure;
    private int[][] outputs; // phrase lengths ending at each node (own and via failure links)
    private long[][] outputMasks;
    /** Whether a phrase ends at each node: checked for every character, so kept flat. */
    private boolean[] endsPhrase;
    private int nodes = 1;
    /**
     * Next node for each node and ASCII character, failure links resolved, with {@link #ENDS_PHRASE}
     * set when a phrase ends there: one array read per character.
     */
    private int[] asciiNext;
    private static final int ENDS_PHRASE = 1 << 31;
    private boolean nonAsciiPhrases;
    /** The ASCII characters (either case) some phrase starts with. */
    private boolean[] startsPhrase;

    /** A phrase to find and the bits it sets when found. */
    public record Phrase(String text, long mask) {
    }

    public PhraseMatcher(List<Phrase> phrases) {
        keys[0] = NO_KEYS;
        targets[0] = NO_TARGETS;
        List<List<int[]>> ends = new ArrayList<>();
        List<List<Long>> masks = new ArrayList<>();
        ends.add(new ArrayList<>());
        masks.add(new ArrayList<>());
        for (Phrase phrase : phrases) {
            String text = phrase.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            int node = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = Character.toLowerCase(text.charAt(i));
                nonAsciiPhrases |= c >= ASCII;
                node = childOrCreate(node, c, ends, masks);
            }
            ends.get(node).add(new int[] {text.length()});
            masks.get(node).add(phrase.mask());
        }
        buildFailureLinks(ends, masks);
        endsPhrase = new boolean[nodes];
        for (int node = 0; node < nodes; node++) {
            endsPhrase[node] = outputs[node].length > 0;
        }
        buildAsciiTable();
    }

    /** The OR of the masks of every phrase that occurs in the text as a whole word. */
    public long match(CharSequence text) {
        return match(text, 0, text.length());
    }

    /**
     * The OR of the masks of every phrase that occurs as a whole word in {@code text} between
     * {@code from} and {@code to}; a word's edges are judged by the characters around it in the
     * whole text, so a range cut at separators gives what the range alone would.
     */
    public long match(CharSequence text, int from, int to) {
        long found = 0;
        int node = 0;
        for (int i = from; i < to; i++) {
            if (node == 0) { // no phrase under way: on to where one may start
                i = nextStart(text, i, to);
                if (i == to) {
                    break;
                }
            }
            char c = text.charAt(i);
            int entry;
            if (c < ASCII) {
                entry = asciiNext[node * ASCII + c]; // the table folds ASCII upper case itself
            } else {
                c = Character.toLowerCase(c); // a few non-ASCII letters lower-case to ASCII ones
                if (c < ASCII) {
                    entry = asciiNext[node * ASCII + c];
                } else { // a character no phrase holds ends every match
                    int target = nonAsciiPhrases ? next(node, c) : 0;
                    entry = endsPhrase[target] ? target | ENDS_PHRASE : target;
                }
            }
            node = entry & ~ENDS_PHRASE;
            if (entry < 0 && !isWordChar(text, i + 1)) {
                int[] lengths = outputs[node];
                long[] nodeMasks = outputMasks[node];
                for (int k = 0; k < lengths.length; k++) {
                    if (!isWordChar(text, i - lengths[k] + 1 - 1)) {
                        found |= nodeMasks[k];
                    }
                }
            }
        }
        return found;
    }

    /**
     * The first index from {@code i} where a phrase may start: a character that some phrase starts
     * with, at the start of a word. Every character the automaton would spend at its root is
     * passed over in a loop that follows no links, which is most of a text: matching a million
     * rows' affiliations took about twice as long without it. Nothing found is lost: a phrase
     * found must be preceded by no word character (see {@link #match}).
     */
    private int nextStart(CharSequence text, int i, int to) {
        boolean afterWord = isWordChar(text, i - 1);
        for (; i < to; i++) {
            char c = text.charAt(i);
            if (c < ASCII) {
                if (!afterWord && startsPhrase[c]) {
                    return i;
                }
                afterWord = WORD_CHAR[c];
            } else {
                if (!afterWord && startsPhrase(c)) {
                    return i;
                }
                afterWord = Character.isLetterOrDigit(c);
            }
        }
        return to;
    }

    private boolean startsPhrase(char nonAscii) {
        char lower = Character.toLowerCase(nonAscii);
        if (lower < ASCII) {
            return startsPhrase[lower];
        }
        return nonAsciiPhrases && child(0, lower) >= 0;
    }

    private int next(int node, char c) {
        int next;
        while ((next = child(node, c)) < 0 && node != 0) {
            node = failure[node];
        }
        return Math.max(next, 0);
    }

    private void buildAsciiTable() {
        asciiNext = new int[nodes * ASCII];
        for (int node = 0; node < nodes; node++) {
            for (char c = 0; c < ASCII; c++) {
                int target = next(node, Character.toLowerCase(c));
                asciiNext[node * ASCII + c] = endsPhrase[target] ? target | ENDS_PHRASE : target;
            }
        }
        startsPhrase = new boolean[ASCII];
        for (char c = 0; c < ASCII; c++) {
            startsPhrase[c] = asciiNext[c] != 0; // the root has a child for it
        }
    }

    private static boolean isWordChar(CharSequence text, int index) {
        if (index < 0 || index >= text.length()) {
            return false;
        }
        char c = text.charAt(index);
        return c < ASCII ? WORD_CHAR[c] : Character.isLetterOrDigit(c);
    }

    /** Letters, digits and {@code _} among ASCII characters: what a whole word may not touch. */
    private static final boolean[] WORD_CHAR = new boolean[ASCII];

    static {
        for (char c = 0; c < ASCII; c++) {
            WORD_CHAR[c] = c == '_' || Character.isLetterOrDigit(c);
        }
    }

    private int child(int node, char c) {
        char[] k = keys[node];
        for (int i = 0; i < k.length; i++) {
            if (k[i] == c) {
                return targets[node][i];
            }
        }
        return -1;
    }

    private int childOrCreate(int node, char c, List<List<int[]>> ends, List<List<Long>> masks) {
        int existing = child(node, c);
        if (existing >= 0) {
            return existing;
        }
        if (nodes == keys.length) {
            keys = Arrays.copyOf(keys, nodes * 2);
            targets = Arrays.copyOf(targets, nodes * 2);
        }
        int created = nodes++;
        keys[created] = NO_KEYS;
        targets[created] = NO_TARGETS;
        ends.add(new ArrayList<>());
        masks.add(new ArrayList<>());
        keys[node] = Arrays.copyOf(keys[node], keys[node].length + 1);
        targets[node] = Arrays.copyOf(targets[node], targets[node].length + 1);
        keys[node][keys[node].length - 1] = c;
        targets[node][targets[node].length - 1] = created;
        return created;
    }

    private void buildFailureLinks(List<List<int[]>> ends, List<List<Long>> masks) {
        failure = new int[nodes];
        outputs = new int[nodes][];
        outputMasks = new long[nodes][];
        Queue<Integer> queue = new ArrayDeque<>();
        setOutputs(0, ends, masks);
        for (int target : targets[0]) {
            failure[target] = 0;
            queue.add(target);
        }
        while (!queue.isEmpty()) {
            int node = queue.remove();
            setOutputs(node, ends, masks);
            for (int i = 0; i < keys[node].length; i++) {
                char c = keys[node][i];
                int target = targets[node][i];
                int fallback = failure[node];
                int next;
                while ((next = child(fallback, c)) < 0 && fallback != 0) {
                    fallback = failure[fallback];
                }
                failure[target] = next >= 0 && next != target ? next : 0;
                queue.add(target);
            }
        }
    }

    /** A node's outputs are its own phrases plus those of its failure node (set before it, breadth first). */
    private void setOutputs(int node, List<List<int[]>> ends, List<List<Long>> masks) {
        List<int[]> own = ends.get(node);
        int[] inherited = node == 0 ? NO_TARGETS : outputs[failure[node]];
        long[] inheritedMasks = node == 0 ? new long[0] : outputMasks[failure[node]];
        int[] lengths = new int[own.size() + inherited.length];
        long[] nodeMasks = new long[lengths.length];
        for (int i = 0; i < own.size(); i++) {
            lengths[i] = own.get(i)[0];
            nodeMasks[i] = masks.get(node).get(i);
        }
        System.arraycopy(inherited, 0, lengths, own.size(), inherited.length);
        System.arraycopy(inheritedMasks, 0, nodeMasks, own.size(), inheritedMasks.length);
        outputs[node] = lengths;
        outputMasks[node] = nodeMasks;
    }
}
