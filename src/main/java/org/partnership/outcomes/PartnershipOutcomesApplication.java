package org.partnership.outcomes;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.partnership.outcomes.launch.ExitCode;
import org.partnership.outcomes.launch.GracefulStop;
import org.partnership.outcomes.launch.JobRunner;
import org.partnership.outcomes.launch.RepositoryWatch;
import org.partnership.outcomes.launch.RunGuard;
import org.partnership.outcomes.launch.RunOptions;
import org.partnership.outcomes.launch.RunSettings;
import org.partnership.outcomes.launch.RunTuning;
import org.partnership.outcomes.mail.MailSettings;
import org.partnership.outcomes.mail.PackDelivery;
import org.partnership.outcomes.report.ReportWarmUp;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Runs the partnership report once and exits with a status a scheduler can act on. Options and
 * configuration are checked before Spring starts, so a mistake costs one clear line on standard
 * error, not a stack trace.
 */
@SpringBootApplication
public class PartnershipOutcomesApplication {

    /** Writes the mail of the pack as an .eml file beside the report instead of sending it. */
    static final String DRY_RUN_MAIL = "--dry-run-mail";

    public static void main(String[] args) {
        GracefulStop stop = GracefulStop.install();
        System.setProperty("java.awt.headless", "true");
        stop.exit(run(System.err, args));
    }

    /** Runs the job as the command line would; failures are reported on {@code err}. */
    public static ExitCode run(PrintStream err, String... arguments) {
        // the checks below run before Spring Boot configures logging: keep the validator's greeting off the console
        LoggingSystem.get(PartnershipOutcomesApplication.class.getClassLoader())
                .setLogLevel("org.hibernate.validator", LogLevel.WARN);
        // the report's libraries load on the other core while this one checks the run and starts Spring
        ReportWarmUp.start();
        // --dry-run-mail changes only what happens after publishing, not which run this is
        boolean dryRunMail = Arrays.asList(arguments).contains(DRY_RUN_MAIL);
        String[] args = Arrays.stream(arguments).filter(a -> !a.equals(DRY_RUN_MAIL)).toArray(String[]::new);
        RunSettings settings;
        RunTuning tuning;
        Optional<MailSettings> mail;
        try {
            RunOptions options = RunOptions.parse(args, LocalDate.now());
            tuning = RunTuning.bind(args);
            settings = RunSettings.prepare(options);
            mail = MailSettings.load(settings.options().configFile(), settings.options().config().isPresent()
                    ? settings.options().configFile().toString() : "partnership.yml", System.getenv());
        } catch (InputProblem problem) {
            return fail(err, JobRunner.exitCodeOf(problem), problem.getMessage());
        }
        if (Termination.requested()) {
            return fail(err, ExitCode.JOB_FAILED, JobRunner.STOPPED_BEFORE_START);
        }
        return RunGuard.whileHolding(settings.options().output(), err, () -> {
            SpringApplication application = new SpringApplication(PartnershipOutcomesApplication.class);
            // GracefulStop needs the database while the job stops; the context is closed below
            application.setRegisterShutdownHook(false);
            application.addInitializers(context -> context.getBeanFactory().registerSingleton("runSettings", settings));
            application.addInitializers(context -> context.getBeanFactory().registerSingleton("runTuning", tuning));
            application.addInitializers(context -> context.getEnvironment().getPropertySources().addLast(
                    new MapPropertySource("run-folders", Map.of("partnership.repository-dir",
                            settings.options().output().toAbsolutePath().resolve(".job-repository").toString()))));
            application.addInitializers(PartnershipOutcomesApplication::makeH2Durable);
            // closed before the process exits (GracefulStop waits for it), so that a stop is persisted
            try (ConfigurableApplicationContext context = application.run(args)) {
                JobRunner.Outcome outcome = context.getBean(JobRunner.class).run();
                outcome.error().ifPresent(message -> err.println("error: " + message));
                if (outcome.code() != ExitCode.SUCCESS) {
                    return outcome.code();
                }
                return deliver(err, settings, mail, dryRunMail);
            }
        });
    }

    /**
     * Two H2 defaults that a batch job cannot live with: a commit reaches the disk up to a second
     * later (a killed run would lose chunks it had committed, and restart before them), and H2
     * closes its databases in a shutdown hook of its own (on SIGTERM, pulling the job repository
     * from under a job that is stopping gracefully; the context closes it instead).
     */
    private static void makeH2Durable(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        String url = environment.getProperty("spring.datasource.url", "");
        if (!url.startsWith("jdbc:h2:")) {
            return;
        }
        String upper = url.toUpperCase(Locale.ROOT);
        String durable = url + (upper.contains("DB_CLOSE_ON_EXIT") ? "" : ";DB_CLOSE_ON_EXIT=FALSE")
                + (upper.contains("WRITE_DELAY") ? "" : ";WRITE_DELAY=0")
                + (upper.contains("DATABASE_EVENT_LISTENER") ? ""
                        : ";DATABASE_EVENT_LISTENER='" + RepositoryWatch.class.getName() + "'");
        environment.getPropertySources().addFirst(new MapPropertySource("h2-durable",
                Map.of("spring.datasource.url", durable)));
    }

    /** Mails the published pack when it is due (or writes it as .eml); a failed send leaves the report published. */
    private static ExitCode deliver(PrintStream err, RunSettings settings, Optional<MailSettings> mail,
            boolean dryRun) throws Exception {
        Path report = settings.options().output().resolve(settings.quarterSlug());
        PackDelivery delivery = PackDelivery.of(mail, settings.options().output());
        if (dryRun) {
            delivery.writeDryRun(report);
            return ExitCode.SUCCESS;
        }
        boolean toDate = settings.calendar().quarterEnd(settings.reportQuarter()).isAfter(settings.options().asOf());
        Optional<String> failed = delivery.deliver(report, toDate);
        failed.ifPresent(message -> err.println("error: " + message));
        return failed.isPresent() ? ExitCode.MAIL_FAILED : ExitCode.SUCCESS;
    }

    static ExitCode fail(PrintStream err, ExitCode code, String message) {
        err.println("error: " + message);
        return code;
    }

}
