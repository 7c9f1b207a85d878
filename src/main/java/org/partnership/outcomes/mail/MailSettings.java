package org.partnership.outcomes.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.partnership.outcomes.InputProblem;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.util.unit.DataSize;

/**
 * The {@code mail:} section of {@code partnership.yml}: who receives the quarterly pack and
 * through which SMTP server. Secrets come from the environment: {@code PO_MAIL_SMTP_PASSWORD}
 * is {@code mail.smtp.password} (any {@code PO_MAIL_*} variable overrides its key).
 *
 * @param to the recipients; none means no mail is sent
 * @param attachUpTo the workbook and the deck are attached up to this size together, linked above it
 * @param linkBase where the output folder is served ({@code https://reports.example.org/partnership/}),
 *        for links to files too large to attach; empty names the files on the server instead
 * @param sendToDateReports whether reports of a quarter not yet over (nightly runs) are sent too
 */
public record MailSettings(List<String> to, String from, @DefaultValue Smtp smtp,
        @DefaultValue("10MB") DataSize attachUpTo, String linkBase, boolean sendToDateReports) {

    /** The SMTP server; port 587 with STARTTLS unless said otherwise. */
    public record Smtp(String host, @DefaultValue("587") int port, String username, String password,
            @DefaultValue("true") boolean starttls) {
    }

    /** The environment variables that override keys of the section, and their prefix. */
    static final String ENVIRONMENT_PREFIX = "PO_";

    public MailSettings {
        to = to == null ? List.of() : List.copyOf(to);
        from = from == null ? "" : from.strip();
        linkBase = linkBase == null ? "" : linkBase.strip();
    }

    /**
     * The section of {@code file}, checked; empty when it has no {@code mail:} section.
     * {@code displayName} names the file in error messages.
     */
    public static Optional<MailSettings> load(Path file, String displayName, Map<String, String> environment) {
        List<PropertySource<?>> sources = new ArrayList<>();
        Map<String, Object> mailVariables = environment.entrySet().stream()
                .filter(e -> e.getKey().startsWith(ENVIRONMENT_PREFIX + "MAIL_"))
                .collect(Collectors.toMap(e -> e.getKey().substring(ENVIRONMENT_PREFIX.length()), Map.Entry::getValue));
        // the "-systemEnvironment" suffix makes the binder read MAIL_SMTP_PASSWORD as mail.smtp.password
        sources.add(new SystemEnvironmentPropertySource("mail-systemEnvironment", mailVariables));
        try {
            sources.addAll(new YamlPropertySourceLoader().load(displayName, new FileSystemResource(file)));
        } catch (IOException | RuntimeException e) {
            throw InputProblem.configuration(displayName, "cannot be read: " + e.getMessage());
        }
        Optional<MailSettings> settings;
        try {
            settings = new Binder(ConfigurationPropertySources.from(sources)).bind("mail", Bindable.of(MailSettings.class))
                    .map(Optional::of).orElse(Optional.empty());
        } catch (BindException e) {
            String value = e.getProperty() == null ? "" : " = '" + e.getProperty().getValue() + "'";
            throw InputProblem.configuration(displayName, e.getName() + value + " is not valid: "
                    + rootMessage(e));
        }
        settings.ifPresent(s -> s.check(displayName));
        return settings;
    }

    /** Whether there is anyone to send to. */
    public boolean enabled() {
        return !to.isEmpty();
    }

    private void check(String displayName) {
        for (String address : to) {
            checkAddress(displayName, "mail.to", address);
        }
        if (enabled()) {
            if (from.isEmpty()) {
                throw InputProblem.configuration(displayName, "mail.from is missing: the address the pack is sent from");
            }
            checkAddress(displayName, "mail.from", from);
            if (smtp.host() == null || smtp.host().isBlank()) {
                throw InputProblem.configuration(displayName, "mail.smtp.host is missing: the SMTP server that sends"
                        + " the pack");
            }
        }
        if (smtp.port() < 1 || smtp.port() > 65_535) {
            throw InputProblem.configuration(displayName, "mail.smtp.port must be between 1 and 65535, not "
                    + smtp.port());
        }
        if (!linkBase.isEmpty() && !linkBase.matches("(?i)https?://\\S+")) {
            throw InputProblem.configuration(displayName, "mail.link-base must be an http(s) address, not '"
                    + linkBase + "'");
        }
    }

    private static void checkAddress(String displayName, String key, String address) {
        try {
            new InternetAddress(address, true).validate();
        } catch (AddressException e) {
            throw InputProblem.configuration(displayName, key + ": '" + address + "' is not an email address");
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
