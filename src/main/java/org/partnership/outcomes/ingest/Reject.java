package org.partnership.outcomes.ingest;

/**
 * A rejected input row and its first fault.
 *
 * @param file the file relative to the input folder
 * @param line the physical line where the record starts (the header is line 1)
 * @param id the row's id, when it has one
 */
public record Reject(String file, int fileIndex, long line, String id, String field, String value, String reason) {
}
