-- Program care (issue 7): tier requirements, quarterly benefit budgets, staff review of self sign-ups.

-- Tier 1 comes with a written agreement and a named relationship owner (the csm of the advocate's account).
ALTER TABLE tier ADD COLUMN agreement_required BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE tier ADD COLUMN relationship_owner_required BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE tier SET agreement_required = TRUE, relationship_owner_required = TRUE WHERE tier_rank = 1;

-- What the program may spend on benefit grants in one calendar quarter; grants lock the row while they check it.
CREATE TABLE benefit_budget (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT         NOT NULL DEFAULT 0,
    budget_year    INT            NOT NULL,
    budget_quarter INT           NOT NULL,
    amount         DECIMAL(12, 2) NOT NULL,
    spent          DECIMAL(12, 2) NOT NULL DEFAULT 0,
    CONSTRAINT uk_benefit_budget_quarter UNIQUE (budget_year, budget_quarter),
    CONSTRAINT ck_benefit_budget_quarter CHECK (budget_quarter BETWEEN 1 AND 4),
    CONSTRAINT ck_benefit_budget_amount CHECK (amount >= 0),
    -- Spend is kept on the row (not summed from grants) so a grant that locks the row sees every committed grant.
    CONSTRAINT ck_benefit_budget_spent CHECK (spent >= 0 AND spent <= amount)
);

-- Self sign-ups are reviewed by staff before they can receive benefits (stops people joining for gifts).
ALTER TABLE advocate ADD COLUMN self_signed_up BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE advocate ADD COLUMN sign_up_reviewed_by VARCHAR(100);
ALTER TABLE advocate ADD COLUMN sign_up_reviewed_at DATETIME(6);
UPDATE advocate SET self_signed_up = TRUE
WHERE EXISTS (SELECT 1 FROM audit_event e
              WHERE e.action = 'advocate.self-signed-up' AND e.entity_type = 'Advocate'
                AND e.entity_id = CONCAT('', advocate.id));
