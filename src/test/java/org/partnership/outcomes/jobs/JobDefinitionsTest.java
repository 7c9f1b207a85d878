package org.partnership.outcomes.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.outcomes.JobRun;
import org.partnership.outcomes.PartnershipOutcomesApplication;
import org.partnership.outcomes.launch.ExitCode;
import org.partnership.outcomes.launch.GracefulStop;
import org.yaml.snakeyaml.Yaml;

/**
 * Every scheduler definition in {@code jobs/} calls the one launcher with a valid mode, and the
 * launcher turns each mode into options that the job accepts and runs.
 */
class JobDefinitionsTest {

    private static final Path JOBS = Path.of("jobs");
    private static final String LAUNCHER = "/opt/partnership-outcomes/jobs/partnership-outcomes";
    private static final List<String> MODES = List.of("nightly", "quarterly");

    @TempDir
    Path tmp;

    @Test
    void crontabRunsBothModesThroughTheLauncher() throws IOException {
        List<String> modes = new ArrayList<>();
        for (String line : Files.readAllLines(JOBS.resolve("crontab"))) {
            if (line.isBlank() || line.startsWith("#") || line.matches("^[A-Z_]+=.*")) {
                continue;
            }
            String[] fields = line.trim().split("\\s+");
            assertThat(fields.length).as(line).isGreaterThanOrEqualTo(7);
            for (int i = 0; i < 5; i++) {
                assertThat(fields[i]).as("schedule field %d of %s", i, line).matches("[0-9*,/-]+");
            }
            assertThat(fields[5]).isEqualTo(LAUNCHER);
            modes.add(fields[6]);
        }
        assertThat(modes).containsExactlyInAnyOrderElementsOf(MODES);
    }

    @Test
    void systemdTimersStartServicesThatCallTheLauncher() throws IOException {
        for (String mode : MODES) {
            Map<String, String> service = unit(JOBS.resolve("systemd/partnership-outcomes-" + mode + ".service"));
            Map<String, String> timer = unit(JOBS.resolve("systemd/partnership-outcomes-" + mode + ".timer"));
            assertThat(service.get("Service.Type")).isEqualTo("oneshot");
            assertThat(service.get("Service.ExecStart")).isEqualTo(LAUNCHER + " " + mode);
            assertThat(timer.get("Timer.OnCalendar")).isNotBlank();
            assertThat(timer.get("Install.WantedBy")).isEqualTo("timers.target");
        }
    }

    @Test
    void kubernetesCronJobsForbidConcurrentRunsAndCallTheLauncher() throws IOException {
        for (String mode : MODES) {
            Map<String, Object> cronJob = new Yaml().load(Files.readString(JOBS.resolve("kubernetes/cronjob-" + mode + ".yaml")));
            assertThat(cronJob.get("kind")).isEqualTo("CronJob");
            Map<String, Object> spec = map(cronJob.get("spec"));
            assertThat(spec.get("concurrencyPolicy")).isEqualTo("Forbid");
            assertThat(((String) spec.get("schedule")).split(" ")).hasSize(5);
            Map<String, Object> pod = map(map(map(map(spec.get("jobTemplate")).get("spec")).get("template")).get("spec"));
            assertThat(pod.get("restartPolicy")).isEqualTo("Never");
            Map<String, Object> container = map(((List<?>) pod.get("containers")).get(0));
            assertThat(container.get("command")).isEqualTo(List.of(LAUNCHER, mode));
        }
    }

    @Test
    void schedulersWaitLongerForAStopThanTheJobTakesToStop() throws IOException {
        for (String mode : MODES) {
            Map<String, String> service = unit(JOBS.resolve("systemd/partnership-outcomes-" + mode + ".service"));
            assertThat(Long.parseLong(service.get("Service.TimeoutStopSec"))).isGreaterThan(GracefulStop.WAIT_SECONDS);
            Map<String, Object> cronJob = new Yaml().load(Files.readString(JOBS.resolve("kubernetes/cronjob-" + mode + ".yaml")));
            Map<String, Object> pod = map(map(map(map(map(cronJob.get("spec")).get("jobTemplate")).get("spec"))
                    .get("template")).get("spec"));
            assertThat(((Number) pod.get("terminationGracePeriodSeconds")).longValue())
                    .isGreaterThan(GracefulStop.WAIT_SECONDS);
        }
    }

    @Test
    void theLauncherGivesOptionsTheJobAcceptsForEachMode() throws Exception {
        for (String mode : MODES) {
            List<String> command = printedCommand(mode);
            int jar = command.indexOf("-jar");
            assertThat(jar).as(command.toString()).isPositive();
            List<String> options = new ArrayList<>(command.subList(jar + 2, command.size()));
            assertThat(options).contains("--as-of=2026-08-15");
            options.add("--spring.datasource.url=jdbc:h2:file:" + tmp.resolve(mode + "/db").toAbsolutePath());
            ExitCode code = PartnershipOutcomesApplication.run(System.err, options.toArray(String[]::new));
            assertThat(code).as(mode + " " + options).isEqualTo(ExitCode.SUCCESS);
        }
        // nightly: the quarter of 2026-08-15 to date; quarterly: the quarter before, final
        assertThat(tmp.resolve("output/FY2026-27-Q2/metrics.csv")).exists();
        assertThat(JobRun.read(tmp.resolve("output/FY2026-27-Q1/metrics.csv")))
                .contains("FY2026-27 Q1,2026-04-01,2026-06-30,all,publications,1\n");
    }

    @Test
    void theLauncherRefusesAnUnknownMode() throws Exception {
        Process process = launcher("weekly");
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
    }

    @Test
    void theLauncherRunsTheJarAsItIsWhenItWasNotPrepared() throws Exception {
        List<String> command = printedCommand("nightly");
        assertThat(command).noneMatch(part -> part.startsWith("-XX:SharedArchiveFile"));
        assertThat(command.get(command.indexOf("-jar") + 1))
                .isEqualTo("/opt/partnership-outcomes/partnership-outcomes.jar");
        Process process = launcher("--print", "prepare"); // prepare prints nothing: it does its work
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
    }

    private List<String> printedCommand(String mode) throws Exception {
        Process process = launcher("--print", mode);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(out).isZero();
        return out.lines().toList();
    }

    private Process launcher(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("bash", JOBS.resolve("partnership-outcomes").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PO_INPUT", JobRun.fixture("small").toString());
        builder.environment().put("PO_OUTPUT", tmp.resolve("output").toString());
        builder.environment().put("PO_AS_OF", "2026-08-15");
        return builder.start();
    }

    /** A systemd unit as "Section.Key" → value. */
    private static Map<String, String> unit(Path file) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        String section = "";
        try (Stream<String> lines = Files.lines(file)) {
            for (String line : lines.map(String::trim).toList()) {
                if (line.startsWith("[")) {
                    section = line.substring(1, line.length() - 1);
                } else if (line.contains("=") && !line.startsWith("#")) {
                    entries.put(section + "." + line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
                }
            }
        }
        return entries;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return (Map<String, Object>) node;
    }
}
