CREATE TABLE `accounts` (
	`account_id` integer PRIMARY KEY NOT NULL,
	`mail` text NOT NULL,
	`display_name` text NOT NULL,
	`created_ms` integer NOT NULL,
	`updated_ms` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_mail_key` ON `accounts` (`mail`);