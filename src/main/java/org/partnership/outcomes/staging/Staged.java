package org.partnership.outcomes.staging;

/**
 * A staged record and the input row it came from.
 *
 * @param fileIndex the file's position among all input files
 * @param line the physical line where the row starts
 */
public record Staged<T>(int fileIndex, long line, T record) {

    /** The row's place in reading order (files by name, then line), as one comparable number. */
    public long position() {
        return ((long) fileIndex << 40) | line;
    }
}
