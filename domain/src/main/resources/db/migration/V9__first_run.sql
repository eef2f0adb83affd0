-- First run of a self-registered advocate (issue 13).

-- The tier an approved self sign-up starts in; empty means staff place each one by hand. It starts as the least
-- committed tier (highest rank): a newcomer has signed no agreement and has no named relationship owner.
ALTER TABLE program_settings ADD COLUMN default_sign_up_tier_id BIGINT NULL;
ALTER TABLE program_settings ADD CONSTRAINT fk_program_settings_default_tier
    FOREIGN KEY (default_sign_up_tier_id) REFERENCES tier (id) ON DELETE SET NULL;
UPDATE program_settings
SET default_sign_up_tier_id = (SELECT t.id FROM tier t
                               WHERE t.agreement_required = FALSE AND t.relationship_owner_required = FALSE
                               ORDER BY t.tier_rank DESC LIMIT 1);

-- Self sign-ups that started ACTIVE were never given the dates joining sets (commitment year, profile review):
-- they joined, and their profile was as new as their record, on the day they signed up.
UPDATE advocate
SET joined_on = CAST(created_at AS DATE),
    last_recommitted_on = COALESCE(last_recommitted_on, CAST(created_at AS DATE)),
    last_profile_review_on = COALESCE(last_profile_review_on, CAST(created_at AS DATE))
WHERE self_signed_up = TRUE AND status = 'ACTIVE' AND joined_on IS NULL;

-- A self sign-up still waiting for review: the review period of its profile runs from the day it was created.
UPDATE advocate
SET last_profile_review_on = CAST(created_at AS DATE)
WHERE self_signed_up = TRUE AND last_profile_review_on IS NULL;
