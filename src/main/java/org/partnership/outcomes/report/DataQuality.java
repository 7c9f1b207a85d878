package org.partnership.outcomes.report;

import java.util.List;

/**
 * The run's honest account of its input.
 *
 * @param duplicatesMerged publication rows merged into another row with the same DOI or title and year
 * @param publicationSources what each publication export gave the merged publications, known once
 *     they are merged (empty before)
 */
public record DataQuality(List<FileQuality> files, long duplicatesMerged, List<PublicationSource> publicationSources) {

    public DataQuality {
        files = List.copyOf(files);
        publicationSources = List.copyOf(publicationSources);
    }

    public DataQuality(List<FileQuality> files, long duplicatesMerged) {
        this(files, duplicatesMerged, List.of());
    }

    /** Distinct publications dated by a year alone, in no quarter. */
    public long datesTooCoarse() {
        return publicationSources.stream().mapToLong(PublicationSource::datesTooCoarse).sum();
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
