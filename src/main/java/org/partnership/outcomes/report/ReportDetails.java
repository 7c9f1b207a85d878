package org.partnership.outcomes.report;

import java.util.function.Consumer;
import org.partnership.outcomes.consolidate.MergedPublication;
import org.partnership.outcomes.ingest.Reject;
import org.partnership.outcomes.ingest.activity.Activity;
import org.partnership.outcomes.ingest.grant.Grant;
import org.partnership.outcomes.ingest.phd.PhdStudent;

/**
 * The report's detail rows, streamed one at a time so that no sheet needs them all in memory.
 * Each method may be called more than once.
 */
public interface ReportDetails {

    /** The joint publications of the report (dated on or before the report's end), newest first. */
    void forEachJointPublication(Consumer<MergedPublication> action);

    /** The accepted grants not dated after the as-of date, in register order. */
    void forEachGrant(Consumer<Grant> action);

    /** The accepted PhD students who started by the as-of date, as known on it, in file order. */
    void forEachStudent(Consumer<PhdStudent> action);

    /**
     * The accepted programme activities that started by the as-of date, planned and cancelled ones
     * included, in file order; none in a run without an activities/ folder.
     */
    default void forEachActivity(Consumer<Activity> action) {
    }

    /** Every rejected row, by file and line. */
    void forEachReject(Consumer<Reject> action);
}
