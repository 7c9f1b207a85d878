package org.partnership.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.outcomes.launch.ExitCode;
import org.partnership.outcomes.sample.SampleDataGenerator;

/**
 * The production setting: job repository and staging in a real PostgreSQL server (started by
 * {@code .ci/start-postgres}, whose URL is in {@code PO_TEST_POSTGRES_URL}). The same inputs
 * give the same metrics.csv and rejects.csv as on the embedded H2 database.
 */
@EnabledIfEnvironmentVariable(named = "PO_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class PostgresEndToEndTest {

    @TempDir
    Path tmp;

    private JobRun onPostgres(String name) {
        return new JobRun(tmp.resolve(name))
                .with("--spring.profiles.active=postgres")
                .with("--spring.datasource.url=" + System.getenv("PO_TEST_POSTGRES_URL"))
                .with("--spring.datasource.username=" + System.getenv().getOrDefault("PO_TEST_POSTGRES_USER", "partnership"))
                .with("--spring.datasource.password=" + System.getenv().getOrDefault("PO_TEST_POSTGRES_PASSWORD", "partnership"));
    }

    @Test
    void generatedInputGivesTheSameFiguresAsOnH2() throws Exception {
        Path input = tmp.resolve("input");
        SampleDataGenerator.main(new String[] {input.toString(), "--publications", "3000", "--seed", "5", "--bad-rows"});
        JobRun postgres = onPostgres("pg");
        JobRun h2 = new JobRun(tmp.resolve("h2"));
        assertThat(postgres.run(input, "--as-of=2026-08-15").code()).isEqualTo(ExitCode.SUCCESS);
        assertThat(h2.run(input, "--as-of=2026-08-15").code()).isEqualTo(ExitCode.SUCCESS);
        for (String file : List.of("metrics.csv", "rejects.csv")) {
            assertThat(JobRun.read(postgres.report("FY2026-27-Q2").resolve(file)))
                    .as(file).isEqualTo(JobRun.read(h2.report("FY2026-27-Q2").resolve(file)));
        }
        // and a second run with the same inputs is recognised in PostgreSQL's job repository
        assertThat(postgres.run(input, "--as-of=2026-08-15").code()).isEqualTo(ExitCode.SUCCESS);
    }

    @Test
    void smallFixtureOnPostgres() {
        JobRun postgres = onPostgres("small");
        assertThat(postgres.run(JobRun.fixture("small"), "--as-of=2026-08-15").code()).isEqualTo(ExitCode.SUCCESS);
        assertThat(JobRun.read(postgres.report("FY2026-27-Q2").resolve("metrics.csv")))
                .contains("FY2026-27 Q2,2026-07-01,2026-08-15,all,leverage_ratio,0.95\n")
                .contains("FY2026-27 Q2,2026-07-01,2026-08-15,all,awarded_value,13500\n");
    }
}
