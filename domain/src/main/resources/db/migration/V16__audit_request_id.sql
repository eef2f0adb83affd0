-- Issue 14: each audit row names the HTTP request that made the change (reliability R10), so an audit entry
-- leads to the log lines of the same request. Empty for changes made by scheduled jobs.
ALTER TABLE audit_event ADD COLUMN request_id VARCHAR(64);
