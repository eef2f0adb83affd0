-- Issue 15: lists read one page from an index instead of sorting every row. Accounts by company name, then id
-- (the API's keyset pages and the console's lists).
CREATE INDEX ix_customer_account_name ON customer_account (company_name, id);
