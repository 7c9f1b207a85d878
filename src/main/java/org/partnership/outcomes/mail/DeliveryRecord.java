package org.partnership.outcomes.mail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.partnership.outcomes.publish.RunManifest;

import static org.partnership.outcomes.publish.RunManifest.quote;

/**
 * How the mailing of one published report went, kept as the last field of its {@code run.json}
 * so that the report and the record of its sending can never disagree.
 *
 * @param status {@code sending} (a send began), {@code sent} or {@code failed}
 * @param attempts sends tried so far, this one included
 */
record DeliveryRecord(String status, int attempts, String messageId, List<String> recipients, Instant at,
        Optional<String> error) {

    static final String SENDING = "sending";
    static final String SENT = "sent";
    static final String FAILED = "failed";

    private static final String FIELD = ",\n  \"delivery\": {";
    private static final Pattern STATUS = Pattern.compile("\"status\": \"(\\w+)\"");
    private static final Pattern ATTEMPTS = Pattern.compile("\"attempts\": (\\d+)");

    /** The record in {@code runJson}, if a send was ever tried. */
    static Optional<DeliveryRecord> read(Path runJson) throws IOException {
        String json = Files.readString(runJson, StandardCharsets.UTF_8);
        int start = json.indexOf(FIELD);
        if (start < 0) {
            return Optional.empty();
        }
        String field = json.substring(start);
        Matcher status = STATUS.matcher(field);
        Matcher attempts = ATTEMPTS.matcher(field);
        if (!status.find() || !attempts.find()) {
            throw new IOException(runJson + " has a delivery record without status or attempts");
        }
        return Optional.of(new DeliveryRecord(status.group(1), Integer.parseInt(attempts.group(1)), "", List.of(),
                Instant.EPOCH, Optional.empty()));
    }

    /** Puts this record into {@code runJson} in place of any earlier one; atomically, so a crash leaves one or the other. */
    void writeInto(Path runJson) throws IOException {
        String json = Files.readString(runJson, StandardCharsets.UTF_8);
        int start = json.indexOf(FIELD);
        String body = start >= 0 ? json.substring(0, start) : json.substring(0, json.lastIndexOf('}')).stripTrailing();
        String updated = body + FIELD + "\n"
                + "    \"status\": " + quote(status) + ",\n"
                + "    \"attempts\": " + attempts + ",\n"
                + "    \"message_id\": " + quote(messageId) + ",\n"
                + "    \"recipients\": [" + recipients.stream().map(RunManifest::quote).collect(Collectors.joining(", "))
                + "],\n"
                + "    \"at\": " + quote(at.toString())
                + error.map(e -> ",\n    \"error\": " + quote(e)).orElse("") + "\n  }\n}\n";
        Path temporary = runJson.resolveSibling(runJson.getFileName() + ".tmp");
        Files.writeString(temporary, updated, StandardCharsets.UTF_8);
        Files.move(temporary, runJson, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
