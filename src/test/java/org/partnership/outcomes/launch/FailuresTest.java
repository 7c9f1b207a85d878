package org.partnership.outcomes.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The one line of a failed file operation names the path and the operating system's reason. */
class FailuresTest {

    private static final Path OUTPUT = Path.of("/srv/reports");

    @Test
    void aDeniedPermissionNamesThePathAndSaysSo() {
        Throwable failure = new IllegalStateException("step failed",
                new UncheckedIOException(new AccessDeniedException("/srv/reports/.staging/run-1")));

        assertThat(Failures.describe(failure, OUTPUT)).isEqualTo("/srv/reports/.staging/run-1: Permission denied");
    }

    @Test
    void aFileSystemFailureKeepsItsOwnReason() {
        Throwable failure = new FileSystemException("/srv/reports/.work-FY2026-27-Q2-1", null, "No space left on device");

        assertThat(Failures.describe(failure, OUTPUT))
                .isEqualTo("/srv/reports/.work-FY2026-27-Q2-1: No space left on device");
    }

    @Test
    void aWriteThatNamesNoPathIsPlacedInTheOutputFolder() {
        Throwable failure = new RuntimeException(new IOException("No space left on device"));

        assertThat(Failures.describe(failure, OUTPUT)).isEqualTo("writing in /srv/reports: No space left on device");
    }
}
