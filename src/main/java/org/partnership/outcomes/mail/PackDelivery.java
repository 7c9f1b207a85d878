package org.partnership.outcomes.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.util.unit.DataSize;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Mails the published pack, once. Runs after publishing, outside the job: a report is never
 * unpublished for a mail that failed. What happened is recorded in the report's {@code run.json}
 * ({@link DeliveryRecord}): a report marked sent is never sent again, whatever runs later; a
 * failed send is retried by the next run on the same output folder; a send that a crash
 * interrupted is not retried (it may have gone out), and the log says so.
 */
public final class PackDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(PackDelivery.class);

    private final Optional<MailSettings> mail;
    private final Path output;
    private final JavaMailSender sender;

    PackDelivery(Optional<MailSettings> mail, Path output, JavaMailSender sender) {
        this.mail = mail;
        this.output = output;
        this.sender = sender;
    }

    public static PackDelivery of(Optional<MailSettings> mail, Path output) {
        return new PackDelivery(mail, output, mail.map(PackDelivery::sender).orElseGet(JavaMailSenderImpl::new));
    }

    /** Spring's mail sender for the settings: STARTTLS and login as configured, and no endless wait. */
    static JavaMailSender sender(MailSettings mail) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(mail.smtp().host());
        sender.setPort(mail.smtp().port());
        sender.setDefaultEncoding("UTF-8");
        Properties properties = sender.getJavaMailProperties();
        if (mail.smtp().username() != null && !mail.smtp().username().isBlank()) {
            sender.setUsername(mail.smtp().username());
            sender.setPassword(mail.smtp().password());
            properties.put("mail.smtp.auth", "true");
        }
        properties.put("mail.smtp.starttls.enable", Boolean.toString(mail.smtp().starttls()));
        properties.put("mail.smtp.connectiontimeout", "30000");
        properties.put("mail.smtp.timeout", "60000");
        properties.put("mail.smtp.writetimeout", "60000");
        return sender;
    }

    /**
     * Writes the mail of {@code report} as {@code partnership-report-<quarter>.eml} beside it,
     * sends nothing and records nothing; returns the file.
     */
    public Path writeDryRun(Path report) throws IOException, MessagingException {
        MailSettings settings = mail.orElse(new MailSettings(List.of(), "", new MailSettings.Smtp("", 587, null, null, true),
                DataSize.ofMegabytes(10), "", false));
        MimeMessage message = PackMessage.build(Session.getInstance(new Properties()), settings, report);
        Path file = report.resolve("partnership-report-" + report.getFileName() + ".eml");
        message.saveChanges();
        try (OutputStream out = Files.newOutputStream(file)) {
            message.writeTo(out);
        }
        LOG.info("mail not sent (--dry-run-mail): written to {}", file);
        return file;
    }

    /**
     * Sends {@code report} when it is due (mail configured; a finished quarter, or to-date reports
     * wanted too) and retries every report of the output folder whose last send failed. Returns
     * the one-line error of a send that failed, if any.
     */
    public Optional<String> deliver(Path report, boolean toDate) throws IOException {
        if (mail.isEmpty() || !mail.get().enabled()) {
            return Optional.empty();
        }
        List<Path> due = new ArrayList<>();
        if (!toDate || mail.get().sendToDateReports()) {
            due.add(report);
        }
        due.addAll(failedEarlier(report));
        Optional<String> failure = Optional.empty();
        for (Path folder : due) {
            Optional<String> failed = deliverOnce(folder);
            if (failure.isEmpty()) {
                failure = failed;
            }
        }
        return failure;
    }

    /** Reports of other quarters in the output folder whose last send failed. */
    private List<Path> failedEarlier(Path report) throws IOException {
        List<Path> failed = new ArrayList<>();
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(output,
                p -> Files.isDirectory(p) && !Files.isSymbolicLink(p) && !p.getFileName().toString().startsWith("."))) {
            for (Path folder : folders) {
                Path runJson = folder.resolve("run.json");
                if (!folder.equals(report) && Files.isRegularFile(runJson) && DeliveryRecord.read(runJson)
                        .map(r -> r.status().equals(DeliveryRecord.FAILED)).orElse(false)) {
                    failed.add(folder);
                }
            }
        }
        failed.sort(null);
        return failed;
    }

    private Optional<String> deliverOnce(Path report) throws IOException {
        Path runJson = report.resolve("run.json");
        Optional<DeliveryRecord> last = DeliveryRecord.read(runJson);
        if (last.isPresent() && last.get().status().equals(DeliveryRecord.SENT)) {
            LOG.info("mail of {} was sent already: not sent again", report.getFileName());
            return Optional.empty();
        }
        if (last.isPresent() && last.get().status().equals(DeliveryRecord.SENDING)) {
            LOG.warn("mail of {} was being sent when an earlier run stopped; it may have gone out, so it is not sent"
                    + " again (remove \"delivery\" from {} to send it)", report.getFileName(), runJson);
            return Optional.empty();
        }
        MailSettings settings = mail.orElseThrow();
        int attempt = last.map(DeliveryRecord::attempts).orElse(0) + 1;
        String id = PackMessage.messageId(report);
        new DeliveryRecord(DeliveryRecord.SENDING, attempt, id, settings.to(), Instant.now(), Optional.empty())
                .writeInto(runJson);
        try {
            MimeMessage message = PackMessage.build(sessionOf(sender), settings, report);
            sender.send(message);
        } catch (MailException | MessagingException e) {
            String reason = "mailing " + report.getFileName() + " to " + String.join(", ", settings.to()) + " through "
                    + settings.smtp().host() + ":" + settings.smtp().port() + " failed (attempt " + attempt + "): "
                    + rootMessage(e) + "; the report is published, and the next run tries again";
            new DeliveryRecord(DeliveryRecord.FAILED, attempt, id, settings.to(), Instant.now(),
                    Optional.of(rootMessage(e))).writeInto(runJson);
            LOG.error(reason);
            return Optional.of(reason);
        }
        new DeliveryRecord(DeliveryRecord.SENT, attempt, id, settings.to(), Instant.now(), Optional.empty())
                .writeInto(runJson);
        LOG.info("mail of {} sent to {}", report.getFileName(), String.join(", ", settings.to()));
        return Optional.empty();
    }

    private static Session sessionOf(JavaMailSender sender) {
        return sender instanceof JavaMailSenderImpl impl ? impl.getSession() : Session.getInstance(new Properties());
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
