package org.partnership.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.outcomes.launch.ExitCode;

/**
 * The pack mailed by whole runs of the job on {@code fixtures/small} to a real SMTP server
 * (GreenMail, on a free port). FY2026-27 Q2 as of 2026-10-15 is a finished quarter (what the
 * quarterly run reports); as of 2026-08-15 it is to date (what the nightly run reports).
 */
class MailDeliveryEndToEndTest {

    static final String FINISHED = "--as-of=2026-10-15";
    static final String TO_DATE = "--as-of=2026-08-15";
    static final String QUARTER = "--quarter=FY2026-27 Q2";

    @TempDir
    Path workDir;

    private final List<GreenMail> servers = new ArrayList<>();

    @AfterEach
    void stopServers() {
        servers.forEach(GreenMail::stop);
    }

    private GreenMail server(ServerSetup setup) {
        GreenMail server = new GreenMail(setup);
        server.start();
        servers.add(server);
        return server;
    }

    /** fixtures/small with a mail section for an SMTP server on {@code port}. */
    private Path input(int port, String extra) throws IOException {
        Path input = workDir.resolve("input");
        try (Stream<Path> files = Files.walk(JobRun.fixture("small"))) {
            for (Path file : files.toList()) {
                Path target = input.resolve(JobRun.fixture("small").relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        Files.writeString(input.resolve("partnership.yml"), """

                mail:
                  to: [vice-provost@example.ac.uk, chief-of-staff@example.ac.uk]
                  from: partnership-reports@example.ac.uk
                  smtp:
                    host: 127.0.0.1
                    port: %d
                    starttls: false
                """.formatted(port) + extra, StandardOpenOption.APPEND);
        return input;
    }

    private Path report() {
        return workDir.resolve("output/FY2026-27-Q2");
    }

    private String delivery() {
        String runJson = JobRun.read(report().resolve("run.json"));
        int at = runJson.indexOf("\"delivery\"");
        return at < 0 ? "" : runJson.substring(at);
    }

    @Test
    void theFinishedQuarterIsSentOnceWithTheBriefAndBothFilesAttached() throws Exception {
        GreenMail smtp = server(ServerSetupTest.SMTP.dynamicPort());
        Path input = input(smtp.getSmtp().getPort(), "");
        JobRun job = new JobRun(workDir);

        assertThat(job.run(input, FINISHED, QUARTER).code()).isEqualTo(ExitCode.SUCCESS);
        assertThat(job.run(input, FINISHED, QUARTER).code()).isEqualTo(ExitCode.SUCCESS); // already up to date

        MimeMessage[] received = smtp.getReceivedMessages(); // one per recipient
        assertThat(received).hasSize(2);
        MimeMessage message = received[0];
        assertThat(message.getSubject()).isEqualTo("Partnership outcomes: FY2026-27 Q2");
        assertThat(GreenMailUtil.getAddressList(message.getAllRecipients()))
                .isEqualTo("vice-provost@example.ac.uk, chief-of-staff@example.ac.uk");
        String firstSentence = JobRun.read(report().resolve("quarter-in-brief.md")).lines()
                .filter(l -> l.startsWith("- ")).findFirst().orElseThrow().substring(2);
        List<Part> parts = leaves(message);
        assertThat(text(parts, "text/plain")).contains(firstSentence);
        assertThat(text(parts, "text/html")).contains("<li>" + firstSentence
                .replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</li>");
        assertThat(fileNames(parts)).containsExactly(
                "partnership-report-FY2026-27-Q2.xlsx", "partnership-report-FY2026-27-Q2.pptx");
        assertThat(delivery()).contains("\"status\": \"sent\"", "\"attempts\": 1");
    }

    @Test
    void aRefusedSendLeavesTheReportPublishedAndTheNextRunSendsItOnce() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort(); // nothing listens there once closed: the connection is refused
        }
        Path input = input(port, "");
        JobRun job = new JobRun(workDir);

        JobRun.Result refused = job.run(input, FINISHED, QUARTER);
        assertThat(refused.code()).isEqualTo(ExitCode.MAIL_FAILED);
        assertThat(refused.stderr()).startsWith("error: mailing FY2026-27-Q2 to vice-provost@example.ac.uk")
                .contains("the report is published, and the next run tries again").hasLineCount(1);
        assertThat(report().resolve("partnership-report-FY2026-27-Q2.xlsx")).exists();
        assertThat(delivery()).contains("\"status\": \"failed\"", "\"attempts\": 1", "\"error\"");

        GreenMail smtp = server(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        assertThat(job.run(input, FINISHED, QUARTER).code()).isEqualTo(ExitCode.SUCCESS);
        assertThat(job.run(input, FINISHED, QUARTER).code()).isEqualTo(ExitCode.SUCCESS);
        assertThat(smtp.getReceivedMessages()).hasSize(2); // once, to each of the two recipients
        assertThat(delivery()).contains("\"status\": \"sent\"", "\"attempts\": 2").doesNotContain("\"error\"");
    }

    @Test
    void aQuarterToDateIsNotSentUnlessAskedFor() throws Exception {
        GreenMail smtp = server(ServerSetupTest.SMTP.dynamicPort());
        JobRun job = new JobRun(workDir);
        assertThat(job.run(input(smtp.getSmtp().getPort(), ""), TO_DATE).code()).isEqualTo(ExitCode.SUCCESS);
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(delivery()).isEmpty();
    }

    @Test
    void aQuarterToDateIsSentWhenConfigured() throws Exception {
        GreenMail smtp = server(ServerSetupTest.SMTP.dynamicPort());
        JobRun job = new JobRun(workDir);
        Path input = input(smtp.getSmtp().getPort(), "  send-to-date-reports: true\n");
        assertThat(job.run(input, TO_DATE).code()).isEqualTo(ExitCode.SUCCESS);
        assertThat(smtp.getReceivedMessages()).hasSize(2);
        assertThat(smtp.getReceivedMessages()[0].getSubject()).isEqualTo("Partnership outcomes: FY2026-27 Q2 (to date)");
    }

    @Test
    void aDryRunWritesTheMessageAndSendsNothing() throws Exception {
        GreenMail smtp = server(ServerSetupTest.SMTP.dynamicPort());
        JobRun job = new JobRun(workDir);
        assertThat(job.run(input(smtp.getSmtp().getPort(), ""), FINISHED, QUARTER, "--dry-run-mail").code())
                .isEqualTo(ExitCode.SUCCESS);
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(delivery()).isEmpty();
        try (InputStream in = Files.newInputStream(report().resolve("partnership-report-FY2026-27-Q2.eml"))) {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
            assertThat(message.getSubject()).isEqualTo("Partnership outcomes: FY2026-27 Q2");
            assertThat(fileNames(leaves(message))).hasSize(2);
        }
    }

    @Test
    void filesLargerThanTheLimitAreLinkedInstead() throws Exception {
        GreenMail smtp = server(ServerSetupTest.SMTP.dynamicPort());
        JobRun job = new JobRun(workDir);
        Path input = input(smtp.getSmtp().getPort(), "  attach-up-to: 1KB\n  link-base: https://reports.example.ac.uk/po\n");
        assertThat(job.run(input, FINISHED, QUARTER).code()).isEqualTo(ExitCode.SUCCESS);
        List<Part> parts = leaves(smtp.getReceivedMessages()[0]);
        assertThat(fileNames(parts)).isEmpty();
        assertThat(text(parts, "text/plain")).contains("too large to attach",
                "https://reports.example.ac.uk/po/FY2026-27-Q2/partnership-report-FY2026-27-Q2.xlsx",
                "https://reports.example.ac.uk/po/FY2026-27-Q2/partnership-report-FY2026-27-Q2.pptx");
    }

    @Test
    void aWrongAddressIsAConfigurationErrorBeforeAnythingRuns() throws Exception {
        Path input = input(25, "");
        Files.writeString(input.resolve("partnership.yml"), Files.readString(input.resolve("partnership.yml"))
                .replace("vice-provost@example.ac.uk", "vice provost"));
        JobRun.Result result = new JobRun(workDir).run(input, FINISHED, QUARTER);
        assertThat(result.code()).isEqualTo(ExitCode.INVALID_USAGE_OR_CONFIGURATION);
        assertThat(result.stderr()).isEqualTo("error: partnership.yml: mail.to: 'vice provost' is not an email address\n");
        assertThat(report()).doesNotExist();
    }

    /** The one body part of the type that is not an attachment. */
    static String text(List<Part> parts, String type) throws Exception {
        List<String> texts = new ArrayList<>();
        for (Part part : parts) {
            if (part.isMimeType(type) && part.getFileName() == null) {
                texts.add((String) part.getContent());
            }
        }
        assertThat(texts).hasSize(1);
        return texts.get(0);
    }

    static List<String> fileNames(List<Part> parts) throws Exception {
        List<String> names = new ArrayList<>();
        for (Part part : parts) {
            if (part.getFileName() != null) {
                names.add(part.getFileName());
            }
        }
        return names;
    }

    /** The message's non-multipart parts, depth first. */
    static List<Part> leaves(Part part) throws Exception {
        List<Part> leaves = new ArrayList<>();
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                leaves.addAll(leaves(child));
            }
        } else {
            leaves.add(part);
        }
        return leaves;
    }
}
