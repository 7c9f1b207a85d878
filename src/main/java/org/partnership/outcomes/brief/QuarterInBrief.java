package org.partnership.outcomes.brief;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The quarter in brief: a few plain-English sentences on what changed, read before any table.
 * Each writer of the pack (Summary sheet, deck, web page, mail) shows these same sentences.
 *
 * @param title {@code FY2026-27 Q2 in brief}
 */
public record QuarterInBrief(String title, List<String> sentences) {

    public static final String FILE_NAME = "quarter-in-brief.md";

    public QuarterInBrief {
        sentences = List.copyOf(sentences);
    }

    /** A heading and one bullet per sentence; text from the input is escaped so Markdown shows it as written. */
    public String markdown() {
        StringBuilder md = new StringBuilder("# ").append(escapeMarkdown(title)).append("\n\n");
        sentences.forEach(s -> md.append("- ").append(escapeMarkdown(s)).append('\n'));
        return md.toString();
    }

    /** The same as plain text, for the mail's text part. */
    public String plainText() {
        StringBuilder text = new StringBuilder(title).append("\n\n");
        sentences.forEach(s -> text.append("- ").append(s).append('\n'));
        return text.toString();
    }

    public void writeMarkdown(Path file) throws IOException {
        Files.writeString(file, markdown(), StandardCharsets.UTF_8);
    }

    /** Reads back what {@link #writeMarkdown} wrote, for a later run that mails a published report. */
    public static QuarterInBrief readMarkdown(Path file) throws IOException {
        String title = "";
        List<String> sentences = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("# ")) {
                title = unescapeMarkdown(line.substring(2));
            } else if (line.startsWith("- ")) {
                sentences.add(unescapeMarkdown(line.substring(2)));
            }
        }
        return new QuarterInBrief(title, sentences);
    }

    static String unescapeMarkdown(String text) {
        return text.replaceAll("\\\\(.)", "$1");
    }

    static String escapeMarkdown(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if ("\\`*_[]<>#|".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
