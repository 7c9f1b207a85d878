package org.partnership.outcomes.launch;

import java.io.IOException;
import java.sql.SQLException;
import org.h2.api.DatabaseEventListener;
import org.h2.api.ErrorCode;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;

/**
 * Told by H2 of every failed statement on the embedded job repository. When a write to its file
 * fails (a full disk), H2 closes the database under the job, and a thread of the job that touches
 * it again can spin for ever inside H2 ({@code MVStore.registerVersionUsage}) holding the run lock.
 * So such a failure ends the process at once with one line, as a kill would: the lock goes with
 * the process, and the next run recovers the run where its last commit left it (see
 * {@link JobRunner}).
 */
public final class RepositoryWatch implements DatabaseEventListener {

    private volatile String database = "the job repository";

    @Override
    public void init(String url) {
        int file = url.lastIndexOf("file:");
        String path = url.substring(file < 0 ? 0 : file + "file:".length());
        int settings = path.indexOf(';');
        database = (settings < 0 ? path : path.substring(0, settings)) + ".mv.db";
    }

    @Override
    public void exceptionThrown(SQLException e, String sql) {
        boolean writeFailed = false;
        String reason = "the database was closed after a failed write";
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            writeFailed |= cause instanceof MVStoreException store && store.getErrorCode() == DataUtils.ERROR_WRITING_FAILED;
            if (cause instanceof IOException io && io.getMessage() != null) {
                reason = io.getMessage();
            }
        }
        if (writeFailed || e.getErrorCode() == ErrorCode.DATABASE_IS_CLOSED) {
            GracefulStop.abort("the run failed: writing the job repository " + database + ": " + reason
                    + "; run the same command again once the cause is fixed");
        }
    }
}
