package org.partnership.outcomes.ingest;

import java.nio.file.Path;
import org.partnership.outcomes.csv.FileShape;

/**
 * One CSV file of the run.
 *
 * @param index position among all the run's files (sources in order, files by name), for stable ordering
 * @param name the path relative to the input folder, with {@code /}, as reports name it
 * @param shape how the file is written: the job's own shape, or an import format's
 */
public record InputFile(Source source, int index, String name, Path path, FileShape shape) {

    public InputFile(Source source, int index, String name, Path path) {
        this(source, index, name, path, FileShape.OWN);
    }
}
