package org.partnership.outcomes.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.outcomes.InputProblem;
import org.springframework.util.unit.DataSize;

class MailSettingsTest {

    @TempDir
    Path folder;

    private Optional<MailSettings> load(String yaml, Map<String, String> environment) throws Exception {
        Path file = folder.resolve("partnership.yml");
        Files.writeString(file, "partners: []\n" + yaml);
        return MailSettings.load(file, "partnership.yml", environment);
    }

    @Test
    void noMailSectionMeansNoMail() throws Exception {
        assertThat(load("", Map.of())).isEmpty();
    }

    @Test
    void theSectionIsBoundWithDefaultsAndTheSecretFromTheEnvironment() throws Exception {
        MailSettings mail = load("""
                mail:
                  to: [a@example.org, b@example.org]
                  from: reports@example.org
                  smtp:
                    host: smtp.example.org
                    username: reports
                """, Map.of("PO_MAIL_SMTP_PASSWORD", "s3cret", "MAIL", "/var/mail/partnership")).orElseThrow();
        assertThat(mail.to()).containsExactly("a@example.org", "b@example.org");
        assertThat(mail.smtp()).isEqualTo(new MailSettings.Smtp("smtp.example.org", 587, "reports", "s3cret", true));
        assertThat(mail.attachUpTo()).isEqualTo(DataSize.ofMegabytes(10));
        assertThat(mail.sendToDateReports()).isFalse();
        assertThat(mail.enabled()).isTrue();
    }

    @Test
    void theEnvironmentOverridesTheFile() throws Exception {
        MailSettings mail = load("""
                mail:
                  to: a@example.org
                  from: reports@example.org
                  smtp: {host: smtp.example.org, port: 25}
                """, Map.of("PO_MAIL_SMTP_HOST", "relay.example.org")).orElseThrow();
        assertThat(mail.smtp().host()).isEqualTo("relay.example.org");
        assertThat(mail.smtp().port()).isEqualTo(25);
        assertThat(mail.to()).isEqualTo(List.of("a@example.org"));
    }

    @Test
    void mistakesNameTheKey() {
        assertThatThrownBy(() -> load("mail:\n  to: [a@example.org]\n  from: r@example.org\n  smtp: {host: h, port: x25}\n",
                Map.of())).isInstanceOf(InputProblem.class).hasMessageContaining("mail.smtp.port = 'x25' is not valid");
        assertThatThrownBy(() -> load("mail:\n  to: [a@example.org]\n  smtp: {host: h}\n", Map.of()))
                .isInstanceOf(InputProblem.class).hasMessageContaining("mail.from is missing");
        assertThatThrownBy(() -> load("mail:\n  to: [a@example.org]\n  from: r@example.org\n", Map.of()))
                .isInstanceOf(InputProblem.class).hasMessageContaining("mail.smtp.host is missing");
        assertThatThrownBy(() -> load("mail:\n  to: [a@example.org]\n  from: r@example.org\n  smtp: {host: h}\n"
                + "  attach-up-to: lots\n", Map.of())).isInstanceOf(InputProblem.class)
                .hasMessageContaining("mail.attach-up-to = 'lots' is not valid");
    }
}
