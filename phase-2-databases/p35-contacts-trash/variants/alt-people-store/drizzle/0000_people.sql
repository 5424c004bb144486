CREATE TABLE `people` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`full_name` text NOT NULL,
	`email_address` text,
	`email_key` text,
	`phone_number` text,
	`created_ms` integer NOT NULL,
	`updated_ms` integer NOT NULL,
	`trashed_ms` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `people_email_key_live` ON `people` (`email_key`) WHERE trashed_ms IS NULL;--> statement-breakpoint
CREATE INDEX `people_trashed` ON `people` (`trashed_ms`);--> statement-breakpoint
CREATE TABLE `person_changes` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`kind` text NOT NULL,
	`at_ms` integer NOT NULL,
	`diff_json` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
