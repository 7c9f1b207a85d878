package org.partnership.outcomes.launch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.partnership.outcomes.InputProblem;
import org.partnership.outcomes.config.ConfigLoader;
import org.partnership.outcomes.config.PartnershipConfig;
import org.partnership.outcomes.imports.SourceMappings;
import org.partnership.outcomes.ingest.InputFiles;
import org.partnership.outcomes.ingest.Plausible;
import org.partnership.outcomes.period.FiscalCalendar;

/**
 * Everything a run is about, checked before the job starts: the options, the configuration, the
 * input files and the report quarter. A run's identity (its Spring Batch job instance) is its
 * input and output folders, configuration, as-of date, report quarter and the SHA-256 of every
 * input file.
 */
public record RunSettings(RunOptions options, PartnershipConfig config, InputFiles inputFiles, long reportQuarter,
        InputFingerprint hashes) {

    /** {@code --quarter=previous}: the last quarter completed before the as-of date, for quarterly runs. */
    public static final String PREVIOUS_QUARTER = "previous";

    public static RunSettings prepare(RunOptions options) {
        if (!Files.isDirectory(options.input())) { // before its partnership.yml is looked for
            throw InputProblem.input(options.input().toString(), "input folder not found (--input)");
        }
        Path configFile = options.configFile();
        String configName = options.config().isPresent() ? configFile.toString() : "partnership.yml";
        PartnershipConfig config = ConfigLoader.load(configFile, configName);
        FiscalCalendar calendar = calendar(config);
        long current = calendar.quarterOf(options.asOf());
        long quarter = options.quarter()
                .map(text -> text.equalsIgnoreCase(PREVIOUS_QUARTER) ? current - 1 : calendar.parseQuarter(text))
                .orElse(current);
        LocalDate quarterStart = calendar.quarterStart(quarter);
        if (calendar.quarterEnd(quarter).isBefore(Plausible.EARLIEST_DATE)) {
            throw InputProblem.usage("--quarter=" + options.quarter().orElse("") + ": " + calendar.quarterLabel(quarter)
                    + " ends before " + Plausible.EARLIEST_DATE + ", before any record the job accepts");
        }
        if (quarterStart.isAfter(options.asOf())) {
            throw InputProblem.usage("--quarter=" + options.quarter().orElse("") + ": " + calendar.quarterLabel(quarter)
                    + " starts on " + quarterStart + ", after the as-of date " + options.asOf());
        }
        InputFiles files = InputFiles.discover(options.input(), SourceMappings.load(configFile, configName));
        return new RunSettings(options, config, files, quarter, InputFingerprint.start(configFile, files));
    }

    /** The SHA-256 of every input file, by name; waits for the hashing started by {@link #prepare}. */
    public Map<String, String> fileHashes() {
        return hashes.fileHashes();
    }

    /** One SHA-256 over the configuration and every input file: part of the run's identity. */
    public String inputFingerprint() {
        return hashes.fingerprint();
    }

    public FiscalCalendar calendar() {
        return calendar(config);
    }

    private static FiscalCalendar calendar(PartnershipConfig config) {
        return new FiscalCalendar(config.fiscalYearStartMonth());
    }

    public String quarterLabel() {
        return calendar().quarterLabel(reportQuarter);
    }

    public String quarterSlug() {
        return calendar().quarterSlug(reportQuarter);
    }
}
