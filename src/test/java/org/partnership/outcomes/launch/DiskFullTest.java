package org.partnership.outcomes.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnership.outcomes.JobRun;
import org.partnership.outcomes.publish.OutputFolders;

/**
 * The output folder on a file system that fills up during the run, at many amounts of free space
 * (a share of what a whole run writes): the run fails with one line naming where and why, never
 * hangs and never leaves its lock held; once space is freed, the same command succeeds with the
 * report of a run that never failed, without anyone touching the job repository. Needs a small
 * file system of its own, which {@code .ci/run} mounts (a tmpfs) and names in
 * {@code PO_TEST_SMALL_FS}.
 */
@EnabledIfEnvironmentVariable(named = "PO_TEST_SMALL_FS", matches = ".+")
class DiskFullTest {

    private static final Path INPUT = Path.of("input"); // the bundled sample
    private static final Path SMALL_FS = Path.of(System.getenv().getOrDefault("PO_TEST_SMALL_FS", "."));

    @TempDir
    static Path shared;

    private static String cleanMetrics;
    private static long written;

    @BeforeAll
    static void runOnAFreeDisk() throws IOException {
        JobRun clean = new JobRun(shared);
        assertThat(clean.run(INPUT, "--as-of=2026-08-15").code()).isEqualTo(ExitCode.SUCCESS);
        cleanMetrics = JobRun.read(clean.report("FY2026-27-Q2").resolve("metrics.csv"));
        try (Stream<Path> files = Files.walk(shared)) {
            written = files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    @BeforeEach
    void emptyTheFileSystem() throws IOException {
        try (Stream<Path> entries = Files.list(SMALL_FS)) {
            for (Path entry : entries.toList()) {
                OutputFolders.deleteTree(entry);
            }
        }
    }

    @ParameterizedTest(name = "{0}% of a run's writes free")
    @ValueSource(ints = {2, 15, 30, 45, 60, 75, 90})
    void aFullDiskFailsTheRunCleanlyAndTheSameCommandThenSucceeds(int percentFree) throws Exception {
        Path filler = fillLeaving(written * percentFree / 100);
        Path output = SMALL_FS.resolve("output");
        List<String> args = List.of("--input=" + INPUT, "--output=" + output, "--as-of=2026-08-15",
                "--spring.datasource.url=jdbc:h2:file:" + output.toAbsolutePath().resolve(".job-repository/repository"));
        Path log = Files.createTempFile(shared, "disk-full", ".log");

        Process full = ChildJvm.start(args, log);
        boolean ended = full.waitFor(2, TimeUnit.MINUTES);
        if (!ended) {
            full.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        String output1 = Files.readString(log);
        assertThat(ended).as("the run hung on a full disk:\n" + output1).isTrue();
        List<String> errors = output1.lines().filter(line -> line.startsWith("error: ")).toList();
        if (full.exitValue() != 0) {
            assertThat(full.exitValue()).as(output1).isEqualTo(ExitCode.JOB_FAILED.status());
            assertThat(errors).as(output1).hasSize(1);
            assertThat(errors.get(0)).contains("No space left on device").contains(output.getFileName().toString());
            assertThat(output1).doesNotContain("\tat ");
        }

        Files.delete(filler);
        JobRun again = new JobRun(SMALL_FS).with(args.get(3));
        JobRun.Result result = again.run(INPUT, "--as-of=2026-08-15");
        assertThat(result.code()).as(result.stderr()).isEqualTo(ExitCode.SUCCESS);
        assertThat(JobRun.read(again.report("FY2026-27-Q2").resolve("metrics.csv"))).isEqualTo(cleanMetrics);
    }

    /** A file of zeros that leaves about {@code free} bytes of the file system free. */
    private static Path fillLeaving(long free) throws IOException {
        FileStore store = Files.getFileStore(SMALL_FS);
        Path filler = SMALL_FS.resolve("filler");
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (store.getUsableSpace() > free + block.length) {
                out.write(block);
                out.flush();
            }
        }
        return filler;
    }

}
