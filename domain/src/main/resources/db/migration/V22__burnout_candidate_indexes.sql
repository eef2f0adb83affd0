-- Issue 15: the metrics dashboard narrows rule 2's candidates (ProgramMetrics) to advocates with enough declines ever
-- or enough asks since just before the rolling quarter. Each of these indexes makes one of the two a single range
-- read in advocate order (declines) or over the last months only (recent asks), instead of grouping every ask.
CREATE INDEX ix_ask_status_advocate ON ask (status, advocate_id);
CREATE INDEX ix_ask_asked_advocate ON ask (asked_at, advocate_id, status);
