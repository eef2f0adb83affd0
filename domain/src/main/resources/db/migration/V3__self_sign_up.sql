-- Self-registered advocates exist before they name their company (onboarding does that later).
ALTER TABLE advocate MODIFY customer_account_id BIGINT NULL;

-- Status a self-registered advocate starts in: NOMINATED (staff review first) or ACTIVE.
ALTER TABLE program_settings ADD COLUMN self_sign_up_status VARCHAR(30) NOT NULL DEFAULT 'NOMINATED';
