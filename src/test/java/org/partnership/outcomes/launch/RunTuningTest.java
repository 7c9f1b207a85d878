package org.partnership.outcomes.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.partnership.outcomes.InputProblem;

/** The --partnership.* settings, checked before the job starts. */
class RunTuningTest {

    @Test
    void hasTheReadmesDefaults() {
        RunTuning tuning = RunTuning.bind("--input=in");

        assertThat(tuning).isEqualTo(new RunTuning(5000, Duration.ofSeconds(5), 0, 90));
    }

    @Test
    void readsTheSettingsWithRelaxedNames() {
        RunTuning tuning = RunTuning.bind("--partnership.chunk-size=100", "--partnership.progressInterval=0s",
                "--partnership.ingest_threads=3", "--partnership.retention-days=0");

        assertThat(tuning).isEqualTo(new RunTuning(100, Duration.ZERO, 3, 0));
    }

    @Test
    void refusesAChunkSizeThatIsNotAWholeNumber() {
        assertUsage("--partnership.chunk-size=abc", "--partnership.chunk-size=abc: must be a whole number");
    }

    @Test
    void refusesAChunkSizeOfZero() {
        assertUsage("--partnership.chunk-size=0", "--partnership.chunk-size=0: must be 1 or more");
    }

    @Test
    void refusesNegativeIngestThreads() {
        assertUsage("--partnership.ingest-threads=-2", "--partnership.ingest-threads=-2");
    }

    @Test
    void refusesAProgressIntervalThatIsNoDuration() {
        assertUsage("--partnership.progress-interval=often", "--partnership.progress-interval=often");
    }

    @Test
    void refusesARetentionThatIsNotAWholeNumberOfDays() {
        assertUsage("--partnership.retention-days=1.5", "--partnership.retention-days=1.5");
    }

    private static void assertUsage(String option, String message) {
        assertThatThrownBy(() -> RunTuning.bind(option))
                .isInstanceOfSatisfying(InputProblem.class, p -> assertThat(p.kind()).isEqualTo(InputProblem.Kind.USAGE))
                .hasMessageStartingWith(message);
    }
}
