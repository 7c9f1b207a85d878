package org.partnership.outcomes.launch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.partnership.outcomes.PartnershipOutcomesApplication;

/** Starts the job in a JVM of its own, as a scheduler would, so that a test can signal or kill it. */
final class ChildJvm {

    private ChildJvm() {
    }

    /** The job with these arguments, its standard output and error both written to {@code log}. */
    static Process start(List<String> args, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                PartnershipOutcomesApplication.class.getName()));
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
