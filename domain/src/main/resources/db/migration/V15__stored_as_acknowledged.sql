-- Issue 14 (docs/reliability.md): a value is stored exactly as acknowledged, and one bad row never takes down a page.
-- Working hours are whole minutes with the start before the end. Rows that break it (e.g. 09:00-00:00, stored from
-- 23:59:59.999999999 before the API refused fractions) are repaired to "no working hours", which the advocate can
-- set again, then the rule is kept by the database as well as by the application.
UPDATE advocate SET working_hours_start = NULL, working_hours_end = NULL
WHERE working_hours_start >= working_hours_end
   OR SECOND(working_hours_start) <> 0 OR SECOND(working_hours_end) <> 0;

ALTER TABLE advocate ADD CONSTRAINT ck_advocate_working_hours_order
    CHECK (working_hours_start IS NULL OR working_hours_start < working_hours_end);
ALTER TABLE advocate ADD CONSTRAINT ck_advocate_working_hours_minutes
    CHECK (working_hours_start IS NULL
        OR (SECOND(working_hours_start) = 0 AND SECOND(working_hours_end) = 0));
