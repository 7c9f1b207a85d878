package org.partnership.outcomes.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.outcomes.consolidate.MergedPublication;
import org.partnership.outcomes.ingest.Reject;
import org.partnership.outcomes.ingest.grant.Grant;
import org.partnership.outcomes.ingest.phd.PhdStudent;
import org.partnership.outcomes.report.ReportDetails;

class RejectsCsvTest {

    @TempDir
    Path tmp;

    @Test
    void quotesWhatNeedsQuotingNeutralisesFormulasAndEndsLinesInLf() throws IOException {
        Path file = tmp.resolve("rejects.csv");
        RejectsCsv.write(rejects(List.of(
                new Reject("a.csv", 0, 2, "P1", "title", "one, two", "plain"),
                new Reject("a.csv", 0, 3, "=1+1", "doi", "say \"hi\"", "two\nlines"),
                new Reject("b.csv", 1, 4, "", "type", "x\ry", "reason"))), file);

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("""
                file,line,id,field,value,reason
                a.csv,2,P1,title,"one, two",plain
                a.csv,3,'=1+1,doi,"say ""hi\""\","two
                lines"
                b.csv,4,,type,"x\ry",reason
                """);
    }

    private static ReportDetails rejects(List<Reject> rejects) {
        return new ReportDetails() {
            @Override
            public void forEachJointPublication(Consumer<MergedPublication> action) {
            }

            @Override
            public void forEachGrant(Consumer<Grant> action) {
            }

            @Override
            public void forEachStudent(Consumer<PhdStudent> action) {
            }

            @Override
            public void forEachReject(Consumer<Reject> action) {
                rejects.forEach(action);
            }
        };
    }
}
