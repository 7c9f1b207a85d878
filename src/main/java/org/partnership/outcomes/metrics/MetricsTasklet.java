package org.partnership.outcomes.metrics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.partnership.outcomes.config.CoarseDates;
import org.partnership.outcomes.consolidate.JointPublicationsFile;
import org.partnership.outcomes.consolidate.MergedPublication;
import org.partnership.outcomes.consolidate.PublicationMerger;
import org.partnership.outcomes.ingest.Source;
import org.partnership.outcomes.ingest.StagingArea;
import org.partnership.outcomes.ingest.activity.ActivityCodec;
import org.partnership.outcomes.ingest.grant.Grant;
import org.partnership.outcomes.ingest.grant.GrantCodec;
import org.partnership.outcomes.ingest.phd.PhdCodec;
import org.partnership.outcomes.launch.RunSettings;
import org.partnership.outcomes.period.ReportPeriods;
import org.partnership.outcomes.publish.OutputFolders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Consolidates the staged records (merges duplicate publications, keeps the joint ones for the
 * report's detail sheet) and writes {@code metrics.csv} into the run's work folder.
 */
public final class MetricsTasklet implements Tasklet {

    private static final Logger LOG = LoggerFactory.getLogger(MetricsTasklet.class);
    /** The joint publications for the report step, in the work folder's scratch space. */
    public static final String JOINT_PUBLICATIONS = "joint-publications.bin";
    /** Execution-context key: publication rows merged into another row with the same key. */
    public static final String DUPLICATES_MERGED = "duplicatesMerged";
    /** Execution-context key prefix, followed by a file's name: publications it dated by a year alone, in no quarter. */
    public static final String DATES_TOO_COARSE = "datesTooCoarse:";
    /** Execution-context key prefixes, followed by a file's name: what it gave the distinct publications. */
    public static final String CONTRIBUTED = "contributed:";
    public static final String ENRICHED = "enriched:";
    public static final String ALONE = "alone:";
    public static final String STEP_NAME = "metrics";

    private final StagingArea staging;
    private final RunSettings settings;

    public MetricsTasklet(StagingArea staging, RunSettings settings) {
        this.staging = staging;
        this.settings = settings;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        long runId = chunkContext.getStepContext().getStepExecution().getJobExecution().getJobInstance().getInstanceId();
        LocalDate asOf = settings.options().asOf();
        LocalDate reportEnd = ReportPeriods.reportEnd(settings.calendar(), settings.reportQuarter(), asOf);
        var activities = settings.inputFiles().of(Source.ACTIVITIES);
        MetricsCalculator calculator = new MetricsCalculator(settings.config(), asOf, !activities.isEmpty());

        // each publication is counted as it comes; only the joint ones, for the report, are kept
        List<MergedPublication> joint = new ArrayList<>();
        long[] distinctAndDuplicates = new long[2];
        Map<Integer, Long> tooCoarse = new HashMap<>(); // by the index of the file that gave the date
        CoarseDates coarseDates = settings.config().coarseDates();
        var contributions = PublicationMerger.mergeAll(staging, settings.inputFiles(), runId,
                settings.config().enrichment(), publication -> {
            distinctAndDuplicates[0]++;
            distinctAndDuplicates[1] += publication.rowsMerged() - 1;
            calculator.addPublication(publication);
            if (calculator.isTooCoarseForQuarter(publication)) {
                tooCoarse.merge(publication.dateSource(), 1L, Long::sum);
            }
            if (publication.isJoint()
                    && !coarseDates.lastDay(publication.date(), publication.precision()).isAfter(reportEnd)) {
                joint.add(publication);
            }
        });
        long distinct = distinctAndDuplicates[0];
        long duplicatesMerged = distinctAndDuplicates[1];
        var context = chunkContext.getStepContext().getStepExecution().getExecutionContext();
        context.putLong(DUPLICATES_MERGED, duplicatesMerged);
        for (PublicationMerger.Contribution c : contributions) {
            String name = c.file().name();
            context.putLong(DATES_TOO_COARSE + name, tooCoarse.getOrDefault(c.file().index(), 0L));
            context.putLong(CONTRIBUTED + name, c.contributed());
            context.putLong(ENRICHED + name, c.enriched());
            context.putLong(ALONE + name, c.alone());
        }
        // the report's joint publications are sorted and written on another core while this one
        // counts grants and PhD students
        OutputFolders folders = new OutputFolders(settings.options().output(), settings.quarterSlug(), runId);
        CompletableFuture<Void> jointWritten = CompletableFuture.runAsync(() -> {
            JointPublicationsFile.sortNewestFirst(joint);
            try {
                JointPublicationsFile.write(joint, folders.scratch().resolve(JOINT_PUBLICATIONS));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        Set<String> seedGrantIds = new HashSet<>();
        Set<String> awardedSeedGrantIds = new HashSet<>();
        var grants = settings.inputFiles().of(Source.GRANTS);
        staging.forEachAccepted(runId, grants, new GrantCodec(), staged -> {
            if (staged.record().fundingType().equals(Grant.SEED)) {
                seedGrantIds.add(staged.record().grantId());
                if (staged.record().status().equals(Grant.AWARDED)) {
                    awardedSeedGrantIds.add(staged.record().grantId());
                }
            }
        });
        staging.forEachAccepted(runId, grants, new GrantCodec(),
                staged -> calculator.addGrant(staged.record(), seedGrantIds));
        staging.forEachAccepted(runId, settings.inputFiles().of(Source.PHDS), new PhdCodec(),
                staged -> calculator.addStudent(staged.record()));
        staging.forEachAccepted(runId, activities, new ActivityCodec(),
                staged -> calculator.addActivity(staged.record(), awardedSeedGrantIds));

        MetricsTable table = calculator.table(settings.reportQuarter());
        table.writeCsv(folders.createWork().resolve("metrics.csv"));
        try {
            jointWritten.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
        LOG.info("metrics computed: {} distinct publications ({} rows merged as duplicates, {} with a date too coarse"
                + " for a quarter), {} periods x {} themes x {} metrics", distinct, duplicatesMerged,
                tooCoarse.values().stream().mapToLong(Long::longValue).sum(),
                table.periods().size(), table.themes().size(), table.metrics().size());
        return RepeatStatus.FINISHED;
    }
}
