-- PeerProof schema. The single source of the schema: Hibernate only validates it.
-- Portable between MySQL 8 / MariaDB 10.11 and H2 2.x in MySQL mode, so it keeps to their common dialect:
-- no engine or charset clauses (InnoDB and the database's utf8mb4 default apply), indexes as separate statements.
-- Instants are stored as UTC in DATETIME(6); enums as their names in VARCHAR(30).

-- Catalogs -----------------------------------------------------------------------------------------

CREATE TABLE product (
    id      BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT       NOT NULL DEFAULT 0,
    name    VARCHAR(120) NOT NULL,
    CONSTRAINT uk_product_name UNIQUE (name)
);

CREATE TABLE use_case (
    id      BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT       NOT NULL DEFAULT 0,
    name    VARCHAR(120) NOT NULL,
    CONSTRAINT uk_use_case_name UNIQUE (name)
);

CREATE TABLE activity_type (
    code          VARCHAR(30) NOT NULL PRIMARY KEY,
    version       BIGINT      NOT NULL DEFAULT 0,
    effort_weight INT         NOT NULL,
    heavy         BOOLEAN     NOT NULL,
    CONSTRAINT ck_activity_type_effort CHECK (effort_weight > 0)
);

CREATE TABLE benefit (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT        NOT NULL DEFAULT 0,
    kind        VARCHAR(30)   NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    description VARCHAR(1000),
    max_value   DECIMAL(12, 2),
    active      BOOLEAN       NOT NULL,
    CONSTRAINT uk_benefit_name UNIQUE (name)
);

CREATE TABLE tier (
    id                           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version                      BIGINT       NOT NULL DEFAULT 0,
    name                         VARCHAR(100) NOT NULL,
    tier_rank                    INT          NOT NULL,
    expected_activities_per_year INT          NOT NULL,
    CONSTRAINT uk_tier_name UNIQUE (name),
    CONSTRAINT uk_tier_rank UNIQUE (tier_rank),
    CONSTRAINT ck_tier_rank CHECK (tier_rank BETWEEN 1 AND 3)
);

CREATE TABLE tier_activity_type (
    tier_id            BIGINT      NOT NULL,
    activity_type_code VARCHAR(30) NOT NULL,
    PRIMARY KEY (tier_id, activity_type_code),
    CONSTRAINT fk_tier_activity_type_tier FOREIGN KEY (tier_id) REFERENCES tier (id),
    CONSTRAINT fk_tier_activity_type_type FOREIGN KEY (activity_type_code) REFERENCES activity_type (code)
);

CREATE TABLE tier_benefit (
    tier_id    BIGINT NOT NULL,
    benefit_id BIGINT NOT NULL,
    PRIMARY KEY (tier_id, benefit_id),
    CONSTRAINT fk_tier_benefit_tier FOREIGN KEY (tier_id) REFERENCES tier (id),
    CONSTRAINT fk_tier_benefit_benefit FOREIGN KEY (benefit_id) REFERENCES benefit (id)
);

-- Accounts and advocates ---------------------------------------------------------------------------

CREATE TABLE customer_account (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT       NOT NULL DEFAULT 0,
    company_name       VARCHAR(200) NOT NULL,
    industry           VARCHAR(30)  NOT NULL,
    size_band          VARCHAR(30)  NOT NULL,
    region             VARCHAR(30)  NOT NULL,
    country_code       VARCHAR(2),
    crm_account_id     VARCHAR(64),
    relationship_owner VARCHAR(100),
    health             VARCHAR(30),
    nps_score          INT,
    CONSTRAINT uk_customer_account_crm_id UNIQUE (crm_account_id)
);
CREATE INDEX ix_customer_account_match ON customer_account (industry, region, size_band);

CREATE TABLE customer_account_product (
    customer_account_id BIGINT NOT NULL,
    product_id          BIGINT NOT NULL,
    PRIMARY KEY (customer_account_id, product_id),
    CONSTRAINT fk_customer_account_product_account FOREIGN KEY (customer_account_id) REFERENCES customer_account (id),
    CONSTRAINT fk_customer_account_product_product FOREIGN KEY (product_id) REFERENCES product (id)
);

CREATE TABLE advocate (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    version                BIGINT       NOT NULL DEFAULT 0,
    customer_account_id    BIGINT       NOT NULL,
    name                   VARCHAR(200) NOT NULL,
    title                  VARCHAR(200),
    persona                VARCHAR(30),
    email                  VARCHAR(254) NOT NULL,
    phone                  VARCHAR(40),
    time_zone              VARCHAR(64)  NOT NULL,
    bio                    VARCHAR(2000),
    tier_id                BIGINT,
    status                 VARCHAR(30)  NOT NULL,
    joined_on              DATE,
    last_recommitted_on    DATE,
    last_profile_review_on DATE,
    keycloak_user_id       VARCHAR(64),
    preferred_locale       VARCHAR(35),
    email_bounced          BOOLEAN      NOT NULL,
    paused_until           DATE,
    working_hours_start    TIME,
    working_hours_end      TIME,
    created_at             DATETIME(6)  NOT NULL,
    CONSTRAINT uk_advocate_email UNIQUE (email),
    CONSTRAINT uk_advocate_keycloak_user UNIQUE (keycloak_user_id),
    CONSTRAINT fk_advocate_account FOREIGN KEY (customer_account_id) REFERENCES customer_account (id),
    CONSTRAINT fk_advocate_tier FOREIGN KEY (tier_id) REFERENCES tier (id),
    CONSTRAINT ck_advocate_working_hours CHECK ((working_hours_start IS NULL) = (working_hours_end IS NULL))
);
CREATE INDEX ix_advocate_status_tier ON advocate (status, tier_id);

CREATE TABLE advocate_language (
    advocate_id   BIGINT     NOT NULL,
    language_code VARCHAR(8) NOT NULL,
    PRIMARY KEY (advocate_id, language_code),
    CONSTRAINT fk_advocate_language_advocate FOREIGN KEY (advocate_id) REFERENCES advocate (id)
);

CREATE TABLE advocate_outcome (
    advocate_id BIGINT       NOT NULL,
    line_no     INT          NOT NULL,
    outcome     VARCHAR(500) NOT NULL,
    PRIMARY KEY (advocate_id, line_no),
    CONSTRAINT fk_advocate_outcome_advocate FOREIGN KEY (advocate_id) REFERENCES advocate (id)
);

CREATE TABLE advocate_blackout (
    advocate_id BIGINT NOT NULL,
    start_date  DATE   NOT NULL,
    end_date    DATE   NOT NULL,
    PRIMARY KEY (advocate_id, start_date, end_date),
    CONSTRAINT fk_advocate_blackout_advocate FOREIGN KEY (advocate_id) REFERENCES advocate (id),
    CONSTRAINT ck_advocate_blackout_order CHECK (start_date <= end_date)
);

CREATE TABLE advocate_use_case (
    advocate_id BIGINT NOT NULL,
    use_case_id BIGINT NOT NULL,
    PRIMARY KEY (advocate_id, use_case_id),
    CONSTRAINT fk_advocate_use_case_advocate FOREIGN KEY (advocate_id) REFERENCES advocate (id),
    CONSTRAINT fk_advocate_use_case_use_case FOREIGN KEY (use_case_id) REFERENCES use_case (id)
);

CREATE TABLE advocate_product (
    advocate_id BIGINT NOT NULL,
    product_id  BIGINT NOT NULL,
    PRIMARY KEY (advocate_id, product_id),
    CONSTRAINT fk_advocate_product_advocate FOREIGN KEY (advocate_id) REFERENCES advocate (id),
    CONSTRAINT fk_advocate_product_product FOREIGN KEY (product_id) REFERENCES product (id)
);

CREATE TABLE activity_consent (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    advocate_id          BIGINT      NOT NULL,
    activity_type_code   VARCHAR(30) NOT NULL,
    willing              BOOLEAN     NOT NULL,
    max_asks_per_quarter INT         NOT NULL,
    preferred_channel    VARCHAR(30),
    CONSTRAINT uk_activity_consent UNIQUE (advocate_id, activity_type_code),
    CONSTRAINT fk_activity_consent_advocate FOREIGN KEY (advocate_id) REFERENCES advocate (id),
    CONSTRAINT fk_activity_consent_type FOREIGN KEY (activity_type_code) REFERENCES activity_type (code),
    CONSTRAINT ck_activity_consent_max CHECK (max_asks_per_quarter >= 0)
);
CREATE INDEX ix_activity_consent_type_willing ON activity_consent (activity_type_code, willing);

-- Requests, asks, activities, outcomes -------------------------------------------------------------

CREATE TABLE reference_request (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT         NOT NULL DEFAULT 0,
    opportunity_id     VARCHAR(64)    NOT NULL,
    prospect_company   VARCHAR(200)   NOT NULL,
    prospect_industry  VARCHAR(30)    NOT NULL,
    size_band          VARCHAR(30)    NOT NULL,
    region             VARCHAR(30)    NOT NULL,
    use_case_id        BIGINT,
    preferred_persona  VARCHAR(30),
    language_code      VARCHAR(8),
    deal_stage         VARCHAR(30)    NOT NULL,
    deal_amount        DECIMAL(15, 2),
    activity_type_code VARCHAR(30)    NOT NULL,
    needed_by          DATE           NOT NULL,
    notes              VARCHAR(2000),
    status             VARCHAR(30)    NOT NULL,
    requested_by       VARCHAR(100)   NOT NULL,
    created_at         DATETIME(6)    NOT NULL,
    first_matched_at   DATETIME(6),
    fulfilled_at       DATETIME(6),
    CONSTRAINT fk_reference_request_use_case FOREIGN KEY (use_case_id) REFERENCES use_case (id),
    CONSTRAINT fk_reference_request_type FOREIGN KEY (activity_type_code) REFERENCES activity_type (code)
);
CREATE INDEX ix_reference_request_status_needed ON reference_request (status, needed_by);
CREATE INDEX ix_reference_request_opportunity ON reference_request (opportunity_id);

CREATE TABLE reference_request_product (
    reference_request_id BIGINT NOT NULL,
    product_id           BIGINT NOT NULL,
    PRIMARY KEY (reference_request_id, product_id),
    CONSTRAINT fk_reference_request_product_request FOREIGN KEY (reference_request_id) REFERENCES reference_request (id),
    CONSTRAINT fk_reference_request_product_product FOREIGN KEY (product_id) REFERENCES product (id)
);

CREATE TABLE ask (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    version                BIGINT        NOT NULL DEFAULT 0,
    reference_request_id   BIGINT        NOT NULL,
    advocate_id            BIGINT        NOT NULL,
    status                 VARCHAR(30)   NOT NULL,
    asked_at               DATETIME(6)   NOT NULL,
    expires_at             DATETIME(6)   NOT NULL,
    responded_at           DATETIME(6),
    decline_reason         VARCHAR(500),
    scheduled_at           DATETIME(6),
    advocate_brief_sent_at DATETIME(6),
    prospect_brief_sent_at DATETIME(6),
    thank_you_sent_at      DATETIME(6),
    call_happened          BOOLEAN,
    prospect_feedback      VARCHAR(2000),
    prospect_score         INT,
    -- A request is offered to the same advocate at most once.
    CONSTRAINT uk_ask_request_advocate UNIQUE (reference_request_id, advocate_id),
    CONSTRAINT fk_ask_request FOREIGN KEY (reference_request_id) REFERENCES reference_request (id),
    CONSTRAINT fk_ask_advocate FOREIGN KEY (advocate_id) REFERENCES advocate (id),
    CONSTRAINT ck_ask_prospect_score CHECK (prospect_score BETWEEN 0 AND 10)
);
CREATE INDEX ix_ask_advocate_status_asked ON ask (advocate_id, status, asked_at);
CREATE INDEX ix_ask_status_expires ON ask (status, expires_at);

CREATE TABLE activity (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    version              BIGINT        NOT NULL DEFAULT 0,
    advocate_id          BIGINT        NOT NULL,
    activity_type_code   VARCHAR(30)   NOT NULL,
    occurred_on          DATE          NOT NULL,
    effort_weight        INT           NOT NULL,
    reference_request_id BIGINT,
    ask_id               BIGINT,
    opportunity_id       VARCHAR(64),
    logged_by            VARCHAR(100)  NOT NULL,
    notes                VARCHAR(2000),
    created_at           DATETIME(6)   NOT NULL,
    CONSTRAINT uk_activity_ask UNIQUE (ask_id),
    CONSTRAINT fk_activity_advocate FOREIGN KEY (advocate_id) REFERENCES advocate (id),
    CONSTRAINT fk_activity_type FOREIGN KEY (activity_type_code) REFERENCES activity_type (code),
    CONSTRAINT fk_activity_request FOREIGN KEY (reference_request_id) REFERENCES reference_request (id),
    CONSTRAINT fk_activity_ask FOREIGN KEY (ask_id) REFERENCES ask (id)
);
CREATE INDEX ix_activity_advocate_occurred ON activity (advocate_id, occurred_on);

CREATE TABLE deal_outcome (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT         NOT NULL DEFAULT 0,
    opportunity_id VARCHAR(64)    NOT NULL,
    result         VARCHAR(30)    NOT NULL,
    amount         DECIMAL(15, 2),
    close_date     DATE,
    days_in_cycle  INT,
    CONSTRAINT uk_deal_outcome_opportunity UNIQUE (opportunity_id)
);

CREATE TABLE deal_outcome_ask (
    deal_outcome_id BIGINT NOT NULL,
    ask_id          BIGINT NOT NULL,
    PRIMARY KEY (deal_outcome_id, ask_id),
    CONSTRAINT fk_deal_outcome_ask_outcome FOREIGN KEY (deal_outcome_id) REFERENCES deal_outcome (id),
    CONSTRAINT fk_deal_outcome_ask_ask FOREIGN KEY (ask_id) REFERENCES ask (id)
);

-- Program care: rewards, recommitment, check-ins, nominations, targets -----------------------------

CREATE TABLE benefit_grant (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT         NOT NULL DEFAULT 0,
    advocate_id  BIGINT         NOT NULL,
    benefit_id   BIGINT         NOT NULL,
    status       VARCHAR(30)    NOT NULL,
    grant_value  DECIMAL(12, 2),
    approved_by  VARCHAR(100)   NOT NULL,
    offered_at   DATETIME(6)    NOT NULL,
    accepted_at  DATETIME(6),
    delivered_at DATETIME(6),
    CONSTRAINT fk_benefit_grant_advocate FOREIGN KEY (advocate_id) REFERENCES advocate (id),
    CONSTRAINT fk_benefit_grant_benefit FOREIGN KEY (benefit_id) REFERENCES benefit (id)
);

CREATE TABLE recommitment (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    version                BIGINT      NOT NULL DEFAULT 0,
    advocate_id            BIGINT      NOT NULL,
    status                 VARCHAR(30) NOT NULL,
    sent_at                DATETIME(6) NOT NULL,
    due_on                 DATE        NOT NULL,
    first_reminder_sent_at DATETIME(6),
    final_reminder_sent_at DATETIME(6),
    responded_at           DATETIME(6),
    CONSTRAINT fk_recommitment_advocate FOREIGN KEY (advocate_id) REFERENCES advocate (id)
);
CREATE INDEX ix_recommitment_status_due ON recommitment (status, due_on);

CREATE TABLE check_in (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT        NOT NULL DEFAULT 0,
    advocate_id BIGINT        NOT NULL,
    held_on     DATE          NOT NULL,
    owner       VARCHAR(100)  NOT NULL,
    health      VARCHAR(30)   NOT NULL,
    notes       VARCHAR(4000),
    next_asks   VARCHAR(2000),
    CONSTRAINT fk_check_in_advocate FOREIGN KEY (advocate_id) REFERENCES advocate (id)
);

CREATE TABLE nomination (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT        NOT NULL DEFAULT 0,
    advocate_id  BIGINT        NOT NULL,
    nominated_by VARCHAR(100)  NOT NULL,
    reason       VARCHAR(2000) NOT NULL,
    status       VARCHAR(30)   NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    CONSTRAINT fk_nomination_advocate FOREIGN KEY (advocate_id) REFERENCES advocate (id)
);
CREATE INDEX ix_nomination_status ON nomination (status);

CREATE TABLE program_target (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT      NOT NULL DEFAULT 0,
    industry      VARCHAR(30),
    region        VARCHAR(30),
    product_id    BIGINT,
    persona       VARCHAR(30),
    desired_count INT         NOT NULL,
    CONSTRAINT fk_program_target_product FOREIGN KEY (product_id) REFERENCES product (id),
    CONSTRAINT ck_program_target_count CHECK (desired_count > 0)
);

-- Infrastructure -----------------------------------------------------------------------------------

CREATE TABLE audit_event (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    actor       VARCHAR(100)  NOT NULL,
    action      VARCHAR(60)   NOT NULL,
    entity_type VARCHAR(60)   NOT NULL,
    entity_id   VARCHAR(64),
    details     VARCHAR(4000),
    origin      VARCHAR(100),
    occurred_at DATETIME(6)   NOT NULL
);
CREATE INDEX ix_audit_event_entity ON audit_event (entity_type, entity_id);
CREATE INDEX ix_audit_event_occurred ON audit_event (occurred_at);

CREATE TABLE outbox_message (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT        NOT NULL DEFAULT 0,
    recipient       VARCHAR(254)  NOT NULL,
    template        VARCHAR(100)  NOT NULL,
    locale          VARCHAR(35)   NOT NULL,
    payload         MEDIUMTEXT    NOT NULL,
    attempts        INT           NOT NULL,
    last_error      VARCHAR(2000),
    next_attempt_at DATETIME(6)   NOT NULL,
    sent_at         DATETIME(6),
    created_at      DATETIME(6)   NOT NULL
);
CREATE INDEX ix_outbox_message_pending ON outbox_message (sent_at, next_attempt_at);

CREATE TABLE program_settings (
    id                         BIGINT NOT NULL PRIMARY KEY,
    version                    BIGINT NOT NULL DEFAULT 0,
    quarterly_ask_cap          INT    NOT NULL,
    rest_days                  INT    NOT NULL,
    heavy_rest_days            INT    NOT NULL,
    burnout_ask_threshold      INT    NOT NULL,
    burnout_decline_streak     INT    NOT NULL,
    ask_expiry_business_days   INT    NOT NULL,
    action_link_expiry_days    INT    NOT NULL,
    recommitment_period_months INT    NOT NULL,
    profile_review_months      INT    NOT NULL,
    matched_within_hours       INT    NOT NULL,
    -- The settings are a single row.
    CONSTRAINT ck_program_settings_singleton CHECK (id = 1)
);

-- ShedLock's table: scheduled jobs run on one node at a time.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until DATETIME(6)  NOT NULL,
    locked_at  DATETIME(6)  NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
