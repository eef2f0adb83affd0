-- Issue 6: email notifications through the outbox, signed action links, advocates' notification settings.

-- Outbox delivery state. PENDING -> SENDING (claimed, committed before the SMTP call) -> SENT; a failed send goes
-- back to PENDING with a later next_attempt_at, or to FAILED after the last attempt. A row still SENDING after the
-- lease is UNCERTAIN (the node died between send and mark): staff decide, it is never resent by itself.
-- HELD waits for the advocate's weekly digest; SKIPPED was muted by the advocate; DIGESTED went out in a digest.
ALTER TABLE outbox_message ADD COLUMN status VARCHAR(20) NOT NULL DEFAULT 'PENDING';
ALTER TABLE outbox_message ADD COLUMN category VARCHAR(30) NOT NULL DEFAULT 'ASKS';
ALTER TABLE outbox_message ADD COLUMN advocate_id BIGINT;
ALTER TABLE outbox_message ADD COLUMN claimed_at DATETIME(6);
UPDATE outbox_message SET status = 'SENT' WHERE sent_at IS NOT NULL;
CREATE INDEX ix_outbox_message_status_due ON outbox_message (status, next_attempt_at);
CREATE INDEX ix_outbox_message_advocate ON outbox_message (advocate_id, status);

-- One row per action link that was used: the unique jti makes a link single-use, also when two clicks race.
CREATE TABLE action_link_use (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    jti         VARCHAR(36)  NOT NULL,
    purpose     VARCHAR(40)  NOT NULL,
    target_id   BIGINT       NOT NULL,
    advocate_id BIGINT       NOT NULL,
    used_at     DATETIME(6)  NOT NULL,
    CONSTRAINT uq_action_link_use_jti UNIQUE (jti)
);

-- Which non-essential emails an advocate wants, and whether immediately or as a weekly digest.
CREATE TABLE notification_settings (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT      NOT NULL DEFAULT 0,
    advocate_id   BIGINT      NOT NULL,
    delivery      VARCHAR(20) NOT NULL,
    CONSTRAINT uq_notification_settings_advocate UNIQUE (advocate_id),
    CONSTRAINT fk_notification_settings_advocate FOREIGN KEY (advocate_id) REFERENCES advocate (id)
);

CREATE TABLE notification_muted_category (
    notification_settings_id BIGINT      NOT NULL,
    category                 VARCHAR(30) NOT NULL,
    PRIMARY KEY (notification_settings_id, category),
    CONSTRAINT fk_notification_muted_settings FOREIGN KEY (notification_settings_id) REFERENCES notification_settings (id)
);

-- Once-only markers for the reminder jobs.
ALTER TABLE ask ADD COLUMN reminder_sent_at DATETIME(6);
ALTER TABLE advocate ADD COLUMN profile_review_prompted_on DATE;
ALTER TABLE reference_request ADD COLUMN unfulfilled_notice_sent_at DATETIME(6);
