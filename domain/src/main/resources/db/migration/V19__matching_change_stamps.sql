-- Issue 15, ADR 0004: each node keeps a matching index and polls for what changed since its last look. A write stamps
-- the rows it changes with the application clock (MatchIndexListener): the advocate (their own columns and the
-- collections that bump their version), each consent (edited in place, which leaves the advocate row as it was), each
-- ask and each account (industry, size, region, review, name). Activities are never edited and carry created_at.
-- The default only serves rows written past the application (existing rows, bulk loads): a node builds its index
-- from scratch when it starts, so their exact value does not matter.
ALTER TABLE advocate ADD COLUMN matching_changed_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6);
CREATE INDEX ix_advocate_matching_changed ON advocate (matching_changed_at);

ALTER TABLE activity_consent ADD COLUMN changed_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6);
CREATE INDEX ix_activity_consent_changed ON activity_consent (changed_at);

ALTER TABLE ask ADD COLUMN changed_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6);
CREATE INDEX ix_ask_changed ON ask (changed_at);

ALTER TABLE customer_account ADD COLUMN changed_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6);
CREATE INDEX ix_customer_account_changed ON customer_account (changed_at);

CREATE INDEX ix_activity_created ON activity (created_at);
