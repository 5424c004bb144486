PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_ledger_accounts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`cents` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	CONSTRAINT "accounts_balance_not_negative" CHECK("__new_ledger_accounts"."id" = 0 OR "__new_ledger_accounts"."cents" >= 0)
);
--> statement-breakpoint
INSERT INTO `__new_ledger_accounts`("id", "name", "cents", "created_at") SELECT "id", "name", "cents", "created_at" FROM `ledger_accounts`;--> statement-breakpoint
DROP TABLE `ledger_accounts`;--> statement-breakpoint
ALTER TABLE `__new_ledger_accounts` RENAME TO `ledger_accounts`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_movements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`debit_account` integer NOT NULL,
	`credit_account` integer NOT NULL,
	`amount_cents` integer NOT NULL,
	`request_key` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`debit_account`) REFERENCES `ledger_accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`credit_account`) REFERENCES `ledger_accounts`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "transfers_amount_positive" CHECK("__new_movements"."amount_cents" > 0),
	CONSTRAINT "transfers_distinct_accounts" CHECK("__new_movements"."debit_account" <> "__new_movements"."credit_account")
);
--> statement-breakpoint
INSERT INTO `__new_movements`("id", "debit_account", "credit_account", "amount_cents", "request_key", "created_at") SELECT "id", "debit_account", "credit_account", "amount_cents", "request_key", "created_at" FROM `movements`;--> statement-breakpoint
DROP TABLE `movements`;--> statement-breakpoint
ALTER TABLE `__new_movements` RENAME TO `movements`;--> statement-breakpoint
CREATE UNIQUE INDEX `movements_request_key_uq` ON `movements` (`request_key`);