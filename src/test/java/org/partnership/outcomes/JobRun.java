package org.partnership.outcomes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.partnership.outcomes.launch.ExitCode;

/**
 * Runs the job in this JVM as the command line would, against its own embedded database and
 * output folder under a test's temporary directory.
 */
public final class JobRun {

    private final Path workDir;
    private final List<String> extraArgs = new ArrayList<>();

    public JobRun(Path workDir) {
        this.workDir = workDir;
    }

    public static Path fixture(String name) {
        return Path.of("src/test/resources/fixtures", name);
    }

    public JobRun with(String arg) {
        extraArgs.add(arg);
        return this;
    }

    public Path output() {
        return workDir.resolve("output");
    }

    public Path report(String slug) {
        return output().resolve(slug);
    }

    /** The outcome of one run: exit code and what it wrote on standard error. */
    public record Result(ExitCode code, String stderr) {
    }

    public Result run(Path input, String... args) {
        List<String> all = new ArrayList<>();
        all.add("--input=" + input);
        all.add("--output=" + output());
        if (extraArgs.stream().noneMatch(arg -> arg.startsWith("--spring.datasource.url="))) {
            all.add("--spring.datasource.url=jdbc:h2:file:" + workDir.resolve("db/repository").toAbsolutePath());
        }
        all.addAll(extraArgs);
        all.addAll(List.of(args));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ExitCode code = PartnershipOutcomesApplication.run(new PrintStream(err, true, StandardCharsets.UTF_8),
                all.toArray(String[]::new));
        return new Result(code, err.toString(StandardCharsets.UTF_8));
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
    }
}
