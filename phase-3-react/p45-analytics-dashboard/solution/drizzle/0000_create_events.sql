CREATE TABLE `events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`occurred_at` integer NOT NULL,
	`user_id` text,
	`value_cents` integer,
	CONSTRAINT "events_value_not_negative" CHECK("events"."value_cents" >= 0)
);
--> statement-breakpoint
CREATE INDEX `events_occurred_at` ON `events` (`occurred_at`);