package org.partnership.outcomes.consolidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.partnership.outcomes.period.DatePrecision;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JointPublicationsFileTest {

    @TempDir
    Path tmp;

    @Test
    void sortsNewestFirstThenByTitleAndKey() {
        var older = publication("doi:10.1/a", "Zebra", "2024-01-01");
        var newerB = publication("doi:10.1/b", "Beta", "2025-06-30");
        var newerA2 = publication("doi:10.1/d", "Alpha", "2025-06-30");
        var newerA1 = publication("doi:10.1/c", "Alpha", "2025-06-30");
        List<MergedPublication> list = new ArrayList<>(List.of(older, newerB, newerA2, newerA1));

        JointPublicationsFile.sortNewestFirst(list);

        assertThat(list).containsExactly(newerA1, newerA2, newerB, older);
    }

    @Test
    void sortsAsTheComparatorDoesWhateverTheInput() {
        Random random = new Random(7);
        List<MergedPublication> list = new ArrayList<>();
        for (int i = 0; i < 5000; i++) { // few days and titles, so that many ties need the later keys
            list.add(publication("title:" + random.nextInt(4000), "T" + random.nextInt(30),
                    LocalDate.of(1965 + random.nextInt(80), 1, 1).plusDays(random.nextInt(3)).toString()));
        }
        List<MergedPublication> expected = new ArrayList<>(list);
        expected.sort(JointPublicationsFile.NEWEST_FIRST);

        JointPublicationsFile.sortNewestFirst(list);

        assertThat(list).containsExactlyElementsOf(expected);
    }

    @Test
    void givesBackWhatItWrote() throws Exception {
        var full = new MergedPublication("doi:10.1/a", "10.1/a", "Title", LocalDate.of(2025, 1, 2), DatePrecision.MONTH, 3,
                Optional.of("article"),
                Optional.of("Lancet"), 0b11, 0b101, 12, Optional.of(new BigDecimal("1.50")), Optional.of("gold"), 3);
        var bare = publication("title:x|2025", "X", "2025-03-04");
        Path file = tmp.resolve("joint.bin");

        JointPublicationsFile.write(List.of(full, bare), file);
        JointPublicationsFile.write(List.of(full, bare), file); // a restarted step writes it again
        List<MergedPublication> read = new ArrayList<>();
        JointPublicationsFile.forEach(file, read::add);

        assertThat(read).containsExactly(full, bare);
    }

    private static MergedPublication publication(String key, String title, String date) {
        return new MergedPublication(key, "", title, LocalDate.parse(date), DatePrecision.DAY, 0, Optional.empty(),
                Optional.empty(), 0b11,
                0, 0, Optional.empty(), Optional.empty(), 1);
    }
}
