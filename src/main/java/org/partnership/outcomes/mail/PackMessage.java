package org.partnership.outcomes.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnership.outcomes.brief.QuarterInBrief;
import org.partnership.outcomes.web.WebPage;
import org.springframework.core.io.FileSystemResource;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * The mail of one published report, built from its folder alone (a later run may send it): the
 * quarter in brief as the body, in HTML with a plain-text part, and the workbook and the deck
 * attached, or linked when together they are larger than {@code mail.attach-up-to}.
 */
final class PackMessage {

    private static final Pattern QUARTER = Pattern.compile("\"report_quarter\": \"([^\"]*)\"");
    private static final Pattern TO_DATE = Pattern.compile("\"to_date\": (true|false)");
    private static final Pattern FINGERPRINT = Pattern.compile("\"input_fingerprint_sha256\": \"(\\w*)\"");

    private PackMessage() {
    }

    /** The Message-ID of a report's mail: the same for every attempt, so that receiving servers can drop a duplicate. */
    static String messageId(Path report) throws IOException {
        String runJson = Files.readString(report.resolve("run.json"), StandardCharsets.UTF_8);
        String fingerprint = find(FINGERPRINT, runJson, "");
        return "<partnership-report-" + report.getFileName() + "-"
                + fingerprint.substring(0, Math.min(16, fingerprint.length())) + "@partnership-outcomes>";
    }

    static MimeMessage build(Session session, MailSettings mail, Path report) throws IOException, MessagingException {
        String runJson = Files.readString(report.resolve("run.json"), StandardCharsets.UTF_8);
        String quarter = find(QUARTER, runJson, report.getFileName().toString())
                + (find(TO_DATE, runJson, "false").equals("true") ? " (to date)" : "");
        QuarterInBrief brief = QuarterInBrief.readMarkdown(report.resolve(QuarterInBrief.FILE_NAME));
        String slug = report.getFileName().toString();
        List<Path> files = new ArrayList<>();
        for (String name : List.of("partnership-report-" + slug + ".xlsx", "partnership-report-" + slug + ".pptx")) {
            if (Files.isRegularFile(report.resolve(name))) {
                files.add(report.resolve(name));
            }
        }
        long size = 0;
        for (Path file : files) {
            size += Files.size(file);
        }
        boolean attach = size <= mail.attachUpTo().toBytes();

        String id = messageId(report);
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", id);
            }
        };
        MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        if (!mail.from().isEmpty()) {
            helper.setFrom(mail.from());
        }
        helper.setTo(mail.to().toArray(String[]::new));
        helper.setSubject("Partnership outcomes: " + quarter);
        helper.setSentDate(new Date());

        StringBuilder text = new StringBuilder("Partnership outcomes: ").append(quarter).append("\n\n")
                .append(brief.plainText()).append('\n');
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family: Arial, sans-serif;"
                + " color: #222; line-height: 1.4\">\n<h2 style=\"color: #1f4e79\">Partnership outcomes: ")
                .append(WebPage.escape(quarter)).append("</h2>\n<h3>").append(WebPage.escape(brief.title()))
                .append("</h3>\n<ul>\n");
        brief.sentences().forEach(s -> html.append("<li>").append(WebPage.escape(s)).append("</li>\n"));
        html.append("</ul>\n");
        if (attach) {
            String names = String.join(" and ", files.stream().map(f -> f.getFileName().toString()).toList());
            text.append("Attached: ").append(names).append(" (the workbook and the slide deck).\n");
            html.append("<p>Attached: ").append(WebPage.escape(names)).append(" (the workbook and the slide deck).</p>\n");
            for (Path file : files) {
                helper.addAttachment(file.getFileName().toString(), new FileSystemResource(file));
            }
        } else {
            String megabytes = String.format(Locale.UK, "%.1f MB", size / 1_048_576.0);
            text.append("The workbook and the slide deck (").append(megabytes).append(") are too large to attach:\n");
            html.append("<p>The workbook and the slide deck (").append(megabytes).append(") are too large to attach:</p>\n<ul>\n");
            for (Path file : files) {
                String where = link(mail, slug, file);
                text.append("  ").append(where).append('\n');
                html.append("<li>").append(where.startsWith("http")
                        ? "<a href=\"" + WebPage.escape(where) + "\">" + WebPage.escape(file.getFileName().toString()) + "</a>"
                        : WebPage.escape(where)).append("</li>\n");
            }
            html.append("</ul>\n");
        }
        String footer = "Every figure is defined in the workbook's Definitions sheet. The web page of the report is "
                + link(mail, slug, report.resolve(WebPage.FILE_NAME)) + ".";
        text.append('\n').append(footer).append('\n');
        html.append("<p style=\"color: #555; font-size: 0.9em\">").append(WebPage.escape(footer))
                .append("</p>\n</body></html>\n");
        helper.setText(text.toString(), html.toString());
        return message;
    }

    /** The file's address under {@code mail.link-base}, or its path on the server that published it. */
    private static String link(MailSettings mail, String slug, Path file) {
        if (mail.linkBase().isEmpty()) {
            return file.toAbsolutePath().normalize().toString();
        }
        String base = mail.linkBase().endsWith("/") ? mail.linkBase() : mail.linkBase() + "/";
        return base + slug + "/" + file.getFileName();
    }

    private static String find(Pattern pattern, String text, String fallback) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1) : fallback;
    }
}
