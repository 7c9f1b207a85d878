package org.partnership.outcomes.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.partnership.outcomes.csv.CsvRow;
import org.partnership.outcomes.csv.RowFile;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Streams the rows of a source's files in order. Its position (rows handed out) is saved at every
 * chunk commit; on restart the base class re-reads up to that position, which also rebuilds the
 * per-file row counts, and the step goes on after the last committed chunk.
 */
public final class CsvSourceReader extends AbstractItemCountingItemStreamItemReader<CsvRow> {

    /** Execution-context key prefix of the rows read per file. */
    public static final String ROWS_READ = "rowsRead:";
    /** Execution-context key prefix of the personal-data columns ignored per file. */
    public static final String PERSONAL_DATA = "personalData:";

    private static final Logger LOG = LoggerFactory.getLogger(CsvSourceReader.class);

    private final String name;
    private final List<InputFile> files;
    private final Map<String, Long> rowsRead = new LinkedHashMap<>();
    private final Map<String, String> personalData = new LinkedHashMap<>();
    private int nextFile;
    private RowFile current;

    public CsvSourceReader(String name, List<InputFile> files) {
        this.files = List.copyOf(files);
        this.name = name;
        setName(name);
    }

    @Override
    public void open(ExecutionContext context) {
        super.open(context);
        if (getCurrentItemCount() > 0) {
            LOG.info("step {} resumes after row {} (the last committed chunk)", name, getCurrentItemCount());
        }
    }

    @Override
    protected void doOpen() {
        rowsRead.clear();
        personalData.clear();
        nextFile = 0;
        current = null;
    }

    @Override
    protected CsvRow doRead() {
        while (true) {
            if (current == null) {
                if (nextFile >= files.size()) {
                    return null;
                }
                InputFile file = files.get(nextFile++);
                current = file.shape().open(file.path(), file.name(), file.index(), file.source().requiredColumns(),
                        file.source().columnsRead());
                rowsRead.put(file.name(), 0L);
                personalData.put(file.name(), String.join(",", current.personalDataColumns()));
            }
            Optional<CsvRow> row = current.next();
            if (row.isPresent()) {
                rowsRead.merge(row.get().file(), 1L, Long::sum);
                return row.get();
            }
            current.close();
            current = null;
        }
    }

    @Override
    public void update(ExecutionContext context) {
        super.update(context);
        rowsRead.forEach((file, count) -> context.putLong(ROWS_READ + file, count));
        personalData.forEach((file, columns) -> context.putString(PERSONAL_DATA + file, columns));
    }

    @Override
    protected void doClose() {
        if (current != null) {
            current.close();
            current = null;
        }
    }
}
