package org.partnership.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.outcomes.launch.ExitCode;

/** A mistake in partnership.yml or a --partnership.* setting: exit 2 and one line, before the job starts. */
class ConfigurationMistakesEndToEndTest {

    @TempDir
    Path tmp;

    private Path inputWithConfiguration(String change, String by) throws IOException {
        Path input = tmp.resolve("input");
        try (var files = Files.walk(JobRun.fixture("small"))) {
            for (Path from : files.toList()) {
                Path to = input.resolve(JobRun.fixture("small").relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        Path config = input.resolve("partnership.yml");
        String yaml = Files.readString(config);
        assertThat(yaml).contains(change);
        Files.writeString(config, yaml.replace(change, by));
        return input;
    }

    private static void assertRefused(JobRun.Result result, String... fragments) {
        assertThat(result.code()).isEqualTo(ExitCode.INVALID_USAGE_OR_CONFIGURATION);
        assertThat(result.stderr().strip().lines()).hasSize(1);
        assertThat(result.stderr()).startsWith("error: ").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(result.stderr()).contains(fragments);
    }

    @Test
    void aMisspeltKeyIsRefusedNamingIt() throws IOException {
        Path input = inputWithConfiguration("fiscal-year-start-month: 4", "fiscal-year-start-mnth: 4");
        JobRun job = new JobRun(tmp);

        assertRefused(job.run(input, "--as-of=2026-08-15"), "partnership.yml", "fiscal-year-start-mnth",
                "fiscal-year-start-month");
        assertThat(job.output()).doesNotExist();
    }

    @Test
    void aMappingsBadQuoteOrDefaultIsRefusedNamingItsKey() throws IOException {
        Path input = inputWithConfiguration("reject-allowance: 5", """
                reject-allowance: 5
                sources:
                  grants:
                    - files: "finance-*.tsv"
                      delimiter: tab
                      quote: "<<"
                """);
        JobRun job = new JobRun(tmp);

        assertRefused(job.run(input, "--as-of=2026-08-15"), "partnership.yml",
                "sources.grants[0].quote: '<<' is not one character");
        assertThat(job.output()).doesNotExist();

        Files.writeString(input.resolve("partnership.yml"), Files.readString(input.resolve("partnership.yml"))
                .replace("quote: \"<<\"", "defaults:\n        currency: \"\""));
        assertRefused(job.run(input, "--as-of=2026-08-15"), "partnership.yml",
                "sources.grants[0].defaults.currency: blank");
    }

    @Test
    void aRejectRateOfNotANumberIsRefused() throws IOException {
        Path input = inputWithConfiguration("max-reject-rate: 0.05", "max-reject-rate: .nan");

        assertRefused(new JobRun(tmp).run(input, "--as-of=2026-08-15"), "partnership.yml", "max-reject-rate");
    }

    @Test
    void aChunkSizeThatIsNotANumberIsBadUsage() throws IOException {
        Path input = inputWithConfiguration("base-currency: GBP", "base-currency: GBP");
        JobRun job = new JobRun(tmp).with("--partnership.chunk-size=abc");

        assertRefused(job.run(input, "--as-of=2026-08-15"), "--partnership.chunk-size=abc");
        assertThat(job.output()).doesNotExist();
    }
}
