-- Program reference data (not demo data): activity types, the default tiers, the benefit catalog and the
-- default program settings. Staff can change all of it in the admin console.

INSERT INTO activity_type (code, effort_weight, heavy) VALUES
    ('REFERENCE_CALL_15', 1, FALSE),
    ('REFERENCE_CALL_30', 2, FALSE),
    ('CASE_STUDY',        5, TRUE),
    ('TESTIMONIAL',       1, FALSE),
    ('LOGO_USE',          1, FALSE),
    ('SPEAKING',          5, TRUE),
    ('PEER_REVIEW',       2, FALSE),
    ('SURVEY',            1, FALSE),
    ('PRESS_INTERVIEW',   3, TRUE),
    ('SOCIAL_POST',       1, FALSE),
    ('ADVISORY_BOARD',    4, TRUE);

INSERT INTO tier (name, tier_rank, expected_activities_per_year) VALUES
    ('Tier 1 - Power', 1, 6),
    ('Tier 2 - Quick', 2, 3),
    ('Tier 3 - Logo only', 3, 1);

-- Tier 1 may be asked for anything, Tier 2 for the light activities, Tier 3 only for logo use.
INSERT INTO tier_activity_type (tier_id, activity_type_code)
SELECT t.id, a.code FROM tier t CROSS JOIN activity_type a WHERE t.tier_rank = 1;
INSERT INTO tier_activity_type (tier_id, activity_type_code)
SELECT t.id, a.code FROM tier t CROSS JOIN activity_type a WHERE t.tier_rank = 2 AND a.heavy = FALSE;
INSERT INTO tier_activity_type (tier_id, activity_type_code)
SELECT t.id, 'LOGO_USE' FROM tier t WHERE t.tier_rank = 3;

INSERT INTO benefit (kind, name, description, max_value, active) VALUES
    ('EARLY_ACCESS', 'Early access', 'Preview new features before general availability.', NULL, TRUE),
    ('EXECUTIVE_ACCESS', 'Executive access', 'A conversation with a member of the executive team.', NULL, TRUE),
    ('ADVISORY_COUNCIL_SEAT', 'Advisory council seat', 'A seat on the customer advisory council.', NULL, TRUE),
    ('CONFERENCE_PASS', 'Conference pass', 'A pass to the annual user conference.', NULL, TRUE),
    ('GIFT', 'Thank-you gift', 'A gift within the value band.', 100.00, TRUE),
    ('RECOGNITION_AWARD', 'Recognition award', 'Public recognition as an advocate of the year.', NULL, TRUE);

INSERT INTO tier_benefit (tier_id, benefit_id)
SELECT t.id, b.id FROM tier t CROSS JOIN benefit b
WHERE (t.tier_rank = 1 AND b.kind IN ('EARLY_ACCESS', 'EXECUTIVE_ACCESS', 'ADVISORY_COUNCIL_SEAT', 'CONFERENCE_PASS', 'RECOGNITION_AWARD'))
   OR (t.tier_rank = 2 AND b.kind IN ('EARLY_ACCESS', 'GIFT', 'RECOGNITION_AWARD'))
   OR (t.tier_rank = 3 AND b.kind IN ('GIFT'));

-- ProgramRules.DEFAULTS
INSERT INTO program_settings (id, quarterly_ask_cap, rest_days, heavy_rest_days, burnout_ask_threshold,
                              burnout_decline_streak, ask_expiry_business_days, action_link_expiry_days,
                              recommitment_period_months, profile_review_months, matched_within_hours)
VALUES (1, 3, 14, 30, 4, 3, 3, 7, 12, 6, 48);
