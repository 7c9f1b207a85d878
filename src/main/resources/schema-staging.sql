-- Staging tables of Partnership Outcomes, beside Spring Batch's job repository.
-- Every row is keyed by run (the job instance), file and line, so a chunk rewritten after a crash
-- cannot double anything. Decimals are kept as exact text.
CREATE TABLE IF NOT EXISTS po_fx_rate (
    run_id BIGINT NOT NULL, file_idx INT NOT NULL, line BIGINT NOT NULL,
    currency VARCHAR(3) NOT NULL, valid_from DATE NOT NULL, rate VARCHAR(64) NOT NULL,
    PRIMARY KEY (run_id, file_idx, line));
-- Publications keep what the rules and the report need, no more: every byte here is written once
-- per row of the largest source. The DOI is in the dedupe key ("doi:10.x/y").
CREATE TABLE IF NOT EXISTS po_publication (
    run_id BIGINT NOT NULL, file_idx INT NOT NULL, line BIGINT NOT NULL,
    dedupe_key VARCHAR(100000) NOT NULL, title VARCHAR(100000) NOT NULL, pub_date DATE NOT NULL,
    pub_type VARCHAR(32), source_title VARCHAR(100000), partners BIGINT NOT NULL, themes BIGINT NOT NULL,
    citations BIGINT NOT NULL, fwci VARCHAR(64), open_access VARCHAR(16),
    PRIMARY KEY (run_id, file_idx, line));
CREATE TABLE IF NOT EXISTS po_grant (
    run_id BIGINT NOT NULL, file_idx INT NOT NULL, line BIGINT NOT NULL,
    grant_id VARCHAR(1000) NOT NULL, title VARCHAR(100000) NOT NULL, funder VARCHAR(100000) NOT NULL,
    scheme VARCHAR(100000), funding_type VARCHAR(16) NOT NULL, lead_institution VARCHAR(100000),
    partner_institutions VARCHAR(100000), themes BIGINT NOT NULL, status VARCHAR(16) NOT NULL, decision_date DATE,
    amount VARCHAR(64), currency VARCHAR(3), base_value VARCHAR(128), follow_on_from VARCHAR(1000),
    PRIMARY KEY (run_id, file_idx, line));
CREATE TABLE IF NOT EXISTS po_phd (
    run_id BIGINT NOT NULL, file_idx INT NOT NULL, line BIGINT NOT NULL,
    student_ref VARCHAR(1000) NOT NULL, programme VARCHAR(16), home_institution VARCHAR(100000),
    partner_institution VARCHAR(100000), themes BIGINT NOT NULL, start_date DATE NOT NULL, submission_date DATE,
    award_date DATE, withdrawal_date DATE, status VARCHAR(16) NOT NULL, fte VARCHAR(64) NOT NULL,
    destination VARCHAR(16),
    PRIMARY KEY (run_id, file_idx, line));
CREATE TABLE IF NOT EXISTS po_reject (
    run_id BIGINT NOT NULL, file_idx INT NOT NULL, line BIGINT NOT NULL,
    file VARCHAR(1000) NOT NULL, record_id VARCHAR(100000), field VARCHAR(200), field_value VARCHAR(100000),
    reason VARCHAR(1000) NOT NULL,
    PRIMARY KEY (run_id, file_idx, line));
