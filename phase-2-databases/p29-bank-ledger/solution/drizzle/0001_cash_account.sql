-- Custom SQL migration (npx drizzle-kit generate --custom --name cash_account): not a change of
-- schema but a row every ledger needs. Account 0 is the bank's cash, where deposits come from;
-- it is the one account the CHECK on balance_cents lets go below zero.
INSERT INTO `accounts` (`id`, `name`, `balance_cents`, `created_at`) VALUES (0, 'Cash', 0, 0);
