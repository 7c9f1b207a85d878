-- Staging tables of Partnership Outcomes, beside Spring Batch's job repository.
-- Every row is keyed by run (the job instance), file and line, so a chunk rewritten after a crash
-- cannot double anything. Decimals are kept as exact text; text columns have no length limit,
-- since the contract sets none on values.
CREATE TABLE IF NOT EXISTS po_fx_rate (
    run_id BIGINT NOT NULL, file_idx INT NOT NULL, line BIGINT NOT NULL,
    currency VARCHAR NOT NULL, valid_from DATE NOT NULL, rate VARCHAR NOT NULL,
    PRIMARY KEY (run_id, file_idx, line));
-- Publications keep what the rules and the report need, no more: every byte here is written once
-- per row of the largest source. The DOI is in the dedupe key ("doi:10.x/y").
CREATE TABLE IF NOT EXISTS po_publication (
    run_id BIGINT NOT NULL, file_idx INT NOT NULL, line BIGINT NOT NULL,
    dedupe_key VARCHAR NOT NULL, title VARCHAR NOT NULL, pub_date DATE NOT NULL,
    pub_type VARCHAR, source_title VARCHAR, partners BIGINT NOT NULL, themes BIGINT NOT NULL,
    citations BIGINT NOT NULL, fwci VARCHAR, open_access VARCHAR,
    PRIMARY KEY (run_id, file_idx, line));
CREATE TABLE IF NOT EXISTS po_grant (
    run_id BIGINT NOT NULL, file_idx INT NOT NULL, line BIGINT NOT NULL,
    grant_id VARCHAR NOT NULL, title VARCHAR NOT NULL, funder VARCHAR NOT NULL,
    scheme VARCHAR, funding_type VARCHAR NOT NULL, lead_institution VARCHAR,
    partner_institutions VARCHAR, themes BIGINT NOT NULL, status VARCHAR NOT NULL, decision_date DATE,
    amount VARCHAR, currency VARCHAR, base_value VARCHAR, follow_on_from VARCHAR,
    PRIMARY KEY (run_id, file_idx, line));
CREATE TABLE IF NOT EXISTS po_phd (
    run_id BIGINT NOT NULL, file_idx INT NOT NULL, line BIGINT NOT NULL,
    student_ref VARCHAR NOT NULL, programme VARCHAR, home_institution VARCHAR,
    partner_institution VARCHAR, themes BIGINT NOT NULL, start_date DATE NOT NULL, submission_date DATE,
    award_date DATE, withdrawal_date DATE, status VARCHAR NOT NULL, fte VARCHAR NOT NULL,
    destination VARCHAR,
    PRIMARY KEY (run_id, file_idx, line));
CREATE TABLE IF NOT EXISTS po_reject (
    run_id BIGINT NOT NULL, file_idx INT NOT NULL, line BIGINT NOT NULL,
    file VARCHAR NOT NULL, record_id VARCHAR, field VARCHAR, field_value VARCHAR,
    reason VARCHAR NOT NULL,
    PRIMARY KEY (run_id, file_idx, line));
