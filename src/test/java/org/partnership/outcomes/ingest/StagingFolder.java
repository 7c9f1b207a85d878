package org.partnership.outcomes.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.partnership.outcomes.ingest.fx.FxRate;
import org.partnership.outcomes.ingest.fx.FxRateCodec;
import org.partnership.outcomes.staging.RecordCodec;
import org.partnership.outcomes.staging.StagingFile;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;

/** A temporary staging area, and step executions of run (job instance) 1 as a restart would see them. */
public final class StagingFolder {

    /** The run id of {@link #stepExecution}: staged records of the run under test. */
    public static final long RUN_ID = 1L;

    private final Path root;
    private final StagingArea area;
    private final InputFiles files;

    public StagingFolder() {
        try {
            root = Files.createTempDirectory("staging-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        area = StagingArea.in(root);
        List<InputFile> one = new ArrayList<>();
        for (Source source : Source.values()) { // one file per source, as a run with a file each would have
            String name = source.isFolder() ? source.location() + "/export.csv" : source.location();
            one.add(new InputFile(source, one.size(), name, root.resolve("input").resolve(name)));
        }
        files = new InputFiles(root.resolve("input"), one);
    }

    /** The run's input files: one per source. */
    public InputFiles files() {
        return files;
    }

    public StagingArea area() {
        return area;
    }

    /** A step of the run whose saved state says that everything staged so far for {@code source} was committed. */
    public StepExecution stepExecution(Source source) {
        StepExecution step = new StepExecution(1L, "ingest",
                new JobExecution(1L, new JobInstance(RUN_ID, "partnershipOutcomes"), new JobParameters()));
        InputFile file = files.of(source).get(0);
        step.getExecutionContext().putLong(StagingWriter.ACCEPTED_BYTES + file.name(), size(area.accepted(RUN_ID, file)));
        step.getExecutionContext().putLong(StagingWriter.REJECTED_BYTES + file.name(), size(area.rejects(RUN_ID, file)));
        return step;
    }

    /** Stages a record of {@code runId} as its step would have, after what is staged already. */
    public <T> void stage(long runId, Source source, long line, T record, RecordCodec<T> codec) {
        InputFile input = files.of(source).get(0);
        Path file = area.accepted(runId, input);
        try (StagingFile<T> staging = StagingFile.append(file, size(file), codec)) {
            staging.add(input.index(), line, record);
            staging.flush();
        }
    }

    /** Stages an accepted exchange rate of the run, as the fx step would have. */
    public void addRate(String currency, String validFrom, String rate) {
        stage(RUN_ID, Source.FX_RATES, 2, new FxRate(currency, LocalDate.parse(validFrom), new BigDecimal(rate)),
                new FxRateCodec());
    }

    /** Deletes the folder. */
    public void close() {
        try {
            org.partnership.outcomes.publish.OutputFolders.deleteTree(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
