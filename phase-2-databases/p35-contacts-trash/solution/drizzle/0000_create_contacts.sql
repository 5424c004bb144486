CREATE TABLE `contact_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`contact_id` integer NOT NULL,
	`action` text NOT NULL,
	`at` integer NOT NULL,
	`changes` text NOT NULL,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "contact_history_action_check" CHECK("contact_history"."action" IN ('created', 'updated', 'deleted', 'restored'))
);
--> statement-breakpoint
CREATE INDEX `contact_history_contact_idx` ON `contact_history` (`contact_id`,`id`);--> statement-breakpoint
CREATE TABLE `contacts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`email` text,
	`phone` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `contacts_live_email_unique` ON `contacts` (`email`) WHERE "contacts"."deleted_at" IS NULL;--> statement-breakpoint
CREATE INDEX `contacts_deleted_at_idx` ON `contacts` (`deleted_at`);