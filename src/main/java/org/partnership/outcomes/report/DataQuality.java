package org.partnership.outcomes.report;

import java.util.List;

/**
 * The run's honest account of its input.
 *
 * @param duplicatesMerged publication rows merged into another row with the same DOI or title and year
 */
public record DataQuality(List<FileQuality> files, long duplicatesMerged) {

    public DataQuality {
        files = List.copyOf(files);
    }

    public long rowsRead() {
        return files.stream().mapToLong(FileQuality::rowsRead).sum();
    }

    public long accepted() {
        return files.stream().mapToLong(FileQuality::accepted).sum();
    }

    public long rejected() {
        return files.stream().mapToLong(FileQuality::rejected).sum();
    }
}
