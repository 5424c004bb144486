-- The bank's cash account, where deposits come from (the only balance allowed below zero).
INSERT INTO `ledger_accounts` (`id`, `name`, `cents`, `created_at`) VALUES (0, 'Cash', 0, 0);
