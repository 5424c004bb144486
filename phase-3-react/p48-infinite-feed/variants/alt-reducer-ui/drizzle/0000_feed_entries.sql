CREATE TABLE `feed_entries` (
	`entry_id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`author_name` text NOT NULL,
	`body` text NOT NULL,
	`posted_at_ms` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `feed_entries_order` ON `feed_entries` (`posted_at_ms`,`entry_id`);