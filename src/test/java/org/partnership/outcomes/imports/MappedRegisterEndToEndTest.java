package org.partnership.outcomes.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.outcomes.JobRun;
import org.partnership.outcomes.launch.ExitCode;

/**
 * The small fixture's grant register, written as a finance system might (tab-separated, its own
 * column names, DD/MM/YYYY dates, grouped amounts with currency signs, its own status names), is
 * read by a mapping in partnership.yml alone and gives the same report as the register in the
 * job's own shape.
 */
class MappedRegisterEndToEndTest {

    @TempDir
    Path tmp;

    /** The rows of fixtures/small/grants/register.csv, in the finance system's shape. */
    private static final String REGISTER = """
            Ref\tProject\tFunder\tScheme\tType\tLead\tPartners\tThemes\tStage\tDecided\tValue\tCurrency\tFollows
            S1\tQuantum seed\tUCL-IISc Joint Fund\tSeed 2025\tseed\tUCL\tIISc\t\tFunded\t15/09/2025\t10,000\tGBP\t
            E1\tQuantum follow-on\tUKRI\t\texternal\tUCL\tIISc\t\tFunded\t20/07/2026\t"1,000,000"\tINR\tS1
            E2\tRobot hands\tWellcome\t\texternal\tIISc\tUCL\trobotics\tRejected\t01/08/2026\t\t\t
            E3\tHealth AI platform\tNIHR\t\texternal\tUCL\tIISc\t\tFunded\t10/08/2026\t$5,000\tusd\tS9
            S2\tPending idea\tUCL-IISc Joint Fund\t\tseed\tUCL\t\t\tPending\t\t\t\t
            B1\tBad award\tUKRI\t\texternal\tUCL\t\t\tFunded\t\t100\tGBP\t
            """;

    private static final String MAPPING = """

            sources:
              grants:
                - files: "finance-*.tsv"
                  delimiter: tab
                  columns:
                    grant_id: Ref
                    title: Project
                    funding_type: Type
                    lead_institution: Lead
                    partner_institutions: Partners
                    status: Stage
                    decision_date: Decided
                    amount: Value
                    follow_on_from: Follows
                  date-formats: [dd/MM/yyyy]
                  thousands-separator: ","
                  values:
                    status:
                      awarded: [Funded]
                      declined: [Rejected]
                      submitted: [Pending]
            """;

    @Test
    void aRegisterReadByMappingGivesTheSameReport() throws IOException {
        Path mapped = tmp.resolve("mapped-input");
        copy(JobRun.fixture("small"), mapped);
        Files.delete(mapped.resolve("grants/register.csv"));
        Files.writeString(mapped.resolve("grants/finance-2026.tsv"), REGISTER, StandardCharsets.UTF_8);
        Files.writeString(mapped.resolve("partnership.yml"), MAPPING, StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);

        JobRun own = new JobRun(tmp.resolve("own"));
        JobRun byMapping = new JobRun(tmp.resolve("by-mapping"));
        assertThat(own.run(JobRun.fixture("small"), "--as-of=2026-08-15").code()).isEqualTo(ExitCode.SUCCESS);
        JobRun.Result result = byMapping.run(mapped, "--as-of=2026-08-15");
        assertThat(result.code()).as(result.stderr()).isEqualTo(ExitCode.SUCCESS);

        String slug = "FY2026-27-Q2";
        assertThat(JobRun.read(byMapping.report(slug).resolve("metrics.csv")))
                .isEqualTo(JobRun.read(own.report(slug).resolve("metrics.csv")));
        assertThat(JobRun.read(byMapping.report(slug).resolve("rejects.csv")))
                .contains("grants/finance-2026.tsv,7,B1,decision_date,,status awarded needs a decision date")
                .isEqualTo(JobRun.read(own.report(slug).resolve("rejects.csv"))
                        .replace("grants/register.csv", "grants/finance-2026.tsv"));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }
}
