-- Issue 15, the staff directory at 100,000 advocates (AdvocateDirectory, docs/benchmarks.md).
-- The default order (stale profiles first, then by name) reads its stale and its fresh part from this index up to the
-- page instead of sorting every advocate; with the review day in it, the index alone tells stale from fresh, so a page
-- far down the list needs no advocate rows to get there.
CREATE INDEX ix_advocate_name ON advocate (name, id, last_profile_review_on);
-- "Willing for" filters and counts find the consenting advocates in the index alone, without reading every consent.
CREATE INDEX ix_activity_consent_willing_advocate ON activity_consent (activity_type_code, willing, advocate_id);
