CREATE TABLE `contacts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`email` text NOT NULL,
	`phone` text,
	`notes` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	CONSTRAINT "contacts_name_not_empty" CHECK("contacts"."name" <> '')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `contacts_email_lower_unique` ON `contacts` (lower("email"));