package org.partnership.outcomes.launch;

/** The process exit statuses a scheduler sees; documented in the README. */
public enum ExitCode {
    /** The report was published, or was already up to date. */
    SUCCESS(0),
    /** The job failed or was stopped; run again with the same options to restart it. */
    JOB_FAILED(1),
    /** Invalid options or configuration: fix the command line or partnership.yml. */
    INVALID_USAGE_OR_CONFIGURATION(2),
    /** An input file cannot be used (missing, not UTF-8, no header, a required column missing). */
    INPUT_UNUSABLE(3),
    /** A file rejected more rows than partnership.yml allows; nothing was published. */
    REJECTS_OVER_LIMIT(4),
    /** Another run is in progress on this output folder; this one did nothing. */
    ALREADY_RUNNING(5),
    /** The report was published but mailing it failed; the next run on this output folder tries again. */
    MAIL_FAILED(6);

    private final int status;

    ExitCode(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }
}
