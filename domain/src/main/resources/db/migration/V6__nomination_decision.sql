-- Who invited or rejected a nomination, when, and (for a rejection) why; staff list their own nominations.
ALTER TABLE nomination ADD COLUMN decided_by VARCHAR(100);
ALTER TABLE nomination ADD COLUMN decided_at DATETIME(6);
ALTER TABLE nomination ADD COLUMN decision_note VARCHAR(2000);
CREATE INDEX ix_nomination_nominated_by ON nomination (nominated_by);
