-- Issue 15: the metrics dashboard counts active advocates with a stale profile and lists the oldest reviews first
-- (ProgramMetrics): in this index those rows are one range, already in the list's order (no review first, then by
-- day and name), so neither the count nor the list reads or sorts every active advocate.
CREATE INDEX ix_advocate_status_review ON advocate (status, last_profile_review_on, name);
