package org.partnership.outcomes.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnership.outcomes.InputProblem;
import org.partnership.outcomes.config.PartnershipConfig;
import org.partnership.outcomes.report.DataQuality;
import org.partnership.outcomes.report.FileQuality;
import org.partnership.outcomes.report.PublicationSource;
import org.partnership.outcomes.metrics.MetricsTasklet;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The account of every input row: rows read (counted by the readers) against rows accepted and
 * rejected (counted by the staging writers), all saved with each committed chunk. The two must
 * agree for every file.
 */
public final class IngestAccount {

    private IngestAccount() {
    }

    /**
     * The account of the run's input; {@code merged}, the metrics step's saved state, tells what
     * merging the publications found (duplicates, what each export gave): empty before that step.
     */
    public static DataQuality of(StagingArea staging, JobRepository repository, JobInstance instance,
            InputFiles files, Map<String, String> sha256, ExecutionContext merged) {
        Map<String, Long> rowsRead = new HashMap<>();
        Map<String, Long> accepted = new HashMap<>();
        Map<String, Long> afterAsOf = new HashMap<>();
        Map<String, List<String>> personalData = new HashMap<>();
        for (Source source : Source.values()) {
            for (String stepName : IngestSteps.accountingStepNames(source, files)) {
                StepExecution step = repository.getLastStepExecution(instance, stepName);
                ExecutionContext context = step == null ? new ExecutionContext() : step.getExecutionContext();
                for (Map.Entry<String, Object> entry : context.entrySet()) {
                    String key = entry.getKey();
                    if (key.startsWith(CsvSourceReader.ROWS_READ)) {
                        rowsRead.put(key.substring(CsvSourceReader.ROWS_READ.length()), count(entry));
                    } else if (key.startsWith(StagingWriter.ACCEPTED)) {
                        accepted.put(key.substring(StagingWriter.ACCEPTED.length()), count(entry));
                    } else if (key.startsWith(StagingWriter.AFTER_AS_OF)) {
                        afterAsOf.put(key.substring(StagingWriter.AFTER_AS_OF.length()), count(entry));
                    } else if (key.startsWith(CsvSourceReader.PERSONAL_DATA)) {
                        String columns = (String) entry.getValue();
                        personalData.put(key.substring(CsvSourceReader.PERSONAL_DATA.length()),
                                columns.isEmpty() ? List.of() : Arrays.asList(columns.split(",")));
                    }
                }
            }
        }
        // rejects by reason, each reason in the order of its first line
        Map<String, Map<String, Long>> reasons = new HashMap<>();
        RejectStore.forEach(staging, instance.getInstanceId(), files, reject -> reasons
                .computeIfAbsent(reject.file(), f -> new LinkedHashMap<>()).merge(reject.reason(), 1L, Long::sum));
        List<FileQuality> quality = new ArrayList<>();
        for (InputFile file : files.files()) {
            Map<String, Long> byReason = reasons.getOrDefault(file.name(), Map.of());
            long rejected = byReason.values().stream().mapToLong(Long::longValue).sum();
            quality.add(new FileQuality(file.name(), file.source().location(), sha256.getOrDefault(file.name(), ""),
                    rowsRead.getOrDefault(file.name(), 0L), accepted.getOrDefault(file.name(), 0L), rejected, byReason,
                    afterAsOf.getOrDefault(file.name(), 0L), personalData.getOrDefault(file.name(), List.of())));
        }
        List<PublicationSource> sources = new ArrayList<>();
        if (merged.containsKey(MetricsTasklet.DUPLICATES_MERGED)) {
            for (InputFile file : files.of(Source.PUBLICATIONS)) {
                sources.add(new PublicationSource(file.name(), file.shape().sourceKind(),
                        merged.getLong(MetricsTasklet.CONTRIBUTED + file.name(), 0L),
                        merged.getLong(MetricsTasklet.ENRICHED + file.name(), 0L),
                        merged.getLong(MetricsTasklet.ALONE + file.name(), 0L),
                        merged.getLong(MetricsTasklet.DATES_TOO_COARSE + file.name(), 0L)));
            }
        }
        return new DataQuality(quality, merged.getLong(MetricsTasklet.DUPLICATES_MERGED, 0L), sources);
    }

    private static long count(Map.Entry<String, Object> entry) {
        return ((Number) entry.getValue()).longValue();
    }

    /**
     * Fails the run when a file's rows do not add up, or when a file has more than
     * {@code reject-allowance} rejects and its rejected share exceeds {@code max-reject-rate}.
     */
    public static void check(DataQuality quality, PartnershipConfig config) {
        for (FileQuality file : quality.files()) {
            if (file.rowsRead() != file.accepted() + file.rejected()) {
                throw new IllegalStateException(file.file() + ": " + file.rowsRead() + " rows read but "
                        + file.accepted() + " accepted and " + file.rejected() + " rejected");
            }
            boolean overAllowance = file.rejected() > config.rejectAllowance();
            boolean overRate = file.rowsRead() > 0 && java.math.BigDecimal.valueOf(file.rejected())
                    .compareTo(config.maxRejectRate().multiply(java.math.BigDecimal.valueOf(file.rowsRead()))) > 0;
            if (overAllowance && overRate) {
                throw new InputProblem(InputProblem.Kind.REJECT_LIMIT, file.file(), java.util.OptionalLong.empty(),
                        file.rejected() + " of " + file.rowsRead() + " rows rejected, over the limit (more than "
                                + config.rejectAllowance() + " rows and more than "
                                + config.maxRejectRate().movePointRight(2).stripTrailingZeros().toPlainString()
                                + "%)");
            }
        }
    }
}
