-- The program's currency (ISO 4217 code): deal and request amounts are in it, and the metrics show it.
ALTER TABLE program_settings ADD COLUMN currency_code VARCHAR(3) NOT NULL DEFAULT 'EUR';
