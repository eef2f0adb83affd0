-- A company an advocate names during onboarding that is not in the account list yet: staff review it first.
ALTER TABLE customer_account ADD COLUMN pending_review BOOLEAN NOT NULL DEFAULT FALSE;

-- "I moved to another company": where the advocate says they went, for staff to follow up.
ALTER TABLE advocate ADD COLUMN reported_new_employer VARCHAR(200);
