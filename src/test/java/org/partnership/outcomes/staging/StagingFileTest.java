package org.partnership.outcomes.staging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.outcomes.InputProblem;

class StagingFileTest {

    /** Every kind of field, each possibly absent. */
    record Sample(String text, Optional<LocalDate> date, Optional<BigDecimal> amount, long bits) {
    }

    static final RecordCodec<Sample> CODEC = new RecordCodec<>() {
        @Override
        public void write(StagingOutput out, Sample s) throws IOException {
            out.writeText(s.text());
            out.writeDate(s.date());
            out.writeDecimal(s.amount());
            out.writeLong(s.bits());
        }

        @Override
        public Sample read(StagingInput in) throws IOException {
            return new Sample(in.readText(), in.readOptionalDate(), in.readOptionalDecimal(), in.readLong());
        }
    };

    @TempDir
    Path tmp;

    @Test
    void givesBackEveryValueExactly() {
        String longText = "é".repeat(100_000) + "𝄞"; // longer than the read buffer, with a surrogate pair
        List<Sample> written = List.of(
                new Sample("Liver tissue — 肝臓", Optional.of(LocalDate.of(2026, 8, 15)),
                        Optional.of(new BigDecimal("12.500")), -1L),
                new Sample(null, Optional.empty(), Optional.empty(), 0),
                new Sample("", Optional.of(LocalDate.of(1900, 1, 1)), Optional.of(new BigDecimal("1E+3")), Long.MAX_VALUE),
                new Sample(longText, Optional.empty(), Optional.of(new BigDecimal("-0.0001")), 1L << 63));
        Path file = tmp.resolve("run-1/samples.bin");
        try (StagingFile<Sample> staging = StagingFile.append(file, 0, CODEC)) {
            for (int i = 0; i < written.size(); i++) {
                staging.add(i % 2, i + 2, written.get(i));
            }
            staging.flush();
        }

        List<Staged<Sample>> read = readAll(file, Long.MAX_VALUE);

        assertThat(read).extracting(Staged::record).containsExactlyElementsOf(written);
        assertThat(read).extracting(Staged::line).containsExactly(2L, 3L, 4L, 5L);
        assertThat(read.get(2).record().amount().get().scale()).isEqualTo(-3); // the scale too, not only the value
    }

    @Test
    void readsOnlyTheCommittedLength() {
        Path file = tmp.resolve("samples.bin");
        long committed;
        try (StagingFile<Sample> staging = StagingFile.append(file, 0, CODEC)) {
            staging.add(0, 2, sample("first"));
            committed = staging.flush();
            staging.add(0, 3, sample("not committed"));
            staging.flush();
        }

        assertThat(readAll(file, committed)).extracting(s -> s.record().text()).containsExactly("first");
        assertThat(readAll(file, 0)).isEmpty();
    }

    @Test
    void reopeningCutsWhatWasWrittenAfterTheLastCommit() throws IOException {
        Path file = tmp.resolve("samples.bin");
        long committed;
        try (StagingFile<Sample> staging = StagingFile.append(file, 0, CODEC)) {
            staging.add(0, 2, sample("first"));
            committed = staging.flush();
            staging.add(0, 3, sample("lost with the crash"));
            staging.flush();
        }

        try (StagingFile<Sample> restarted = StagingFile.append(file, committed, CODEC)) {
            restarted.add(0, 3, sample("written again"));
            restarted.flush();
        }

        assertThat(readAll(file, Files.size(file))).extracting(s -> s.record().text())
                .containsExactly("first", "written again");
    }

    @Test
    void refusesAFileShorterThanItsLastCommit() throws IOException {
        Path file = tmp.resolve("samples.bin");
        Files.write(file, new byte[10]);

        assertThatThrownBy(() -> StagingFile.append(file, 11, CODEC)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("fewer than the 11");
    }

    @Test
    void startsWithItsMagicNumberAndFormatVersion() throws IOException {
        Path file = tmp.resolve("samples.bin");
        try (StagingFile<Sample> staging = StagingFile.append(file, 0, CODEC)) {
            assertThat(staging.flush()).isEqualTo(8);
        }

        assertThat(Files.readAllBytes(file)).containsExactly('P', 'O', 'S', 'T', 0, 0, 0, 2);
    }

    @Test
    void refusesAFileOfAnotherFormatVersionWhenReadingAndWhenRestarting() throws IOException {
        Path file = tmp.resolve("samples.bin");
        long committed;
        try (StagingFile<Sample> staging = StagingFile.append(file, 0, CODEC)) {
            staging.add(0, 2, sample("first"));
            committed = staging.flush();
        }
        byte[] bytes = Files.readAllBytes(file);
        bytes[7] = 0; // version 0: as an older job would have written it
        Files.write(file, bytes);

        assertThatThrownBy(() -> readAll(file, committed)).isInstanceOf(InputProblem.class)
                .hasMessage(file + ": staged by another version of the job (staging format 0, this version reads 2):"
                        + " finish the failed run with the version that started it");
        assertThatThrownBy(() -> StagingFile.append(file, committed, CODEC)).isInstanceOf(InputProblem.class)
                .hasMessageContaining("staging format 0");
    }

    @Test
    void refusesAFileThatIsNoStagingFile() throws IOException {
        Path file = tmp.resolve("samples.bin");
        Files.writeString(file, "id,title\nA,b\n");

        assertThatThrownBy(() -> readAll(file, Long.MAX_VALUE)).isInstanceOf(InputProblem.class)
                .hasMessageContaining("staging format unknown");
    }

    @Test
    void aFileNeverWrittenHoldsNothing() {
        assertThat(readAll(tmp.resolve("missing.bin"), Long.MAX_VALUE)).isEmpty();
    }

    private static Sample sample(String text) {
        return new Sample(text, Optional.empty(), Optional.empty(), 0);
    }

    private static List<Staged<Sample>> readAll(Path file, long length) {
        List<Staged<Sample>> read = new ArrayList<>();
        StagingFile.forEach(file, length, CODEC, read::add);
        return read;
    }
}
