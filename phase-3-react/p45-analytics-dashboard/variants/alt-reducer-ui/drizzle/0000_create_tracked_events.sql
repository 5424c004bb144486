CREATE TABLE `tracked_events` (
	`event_id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`at_ms` integer NOT NULL,
	`actor` text,
	`amount` integer
);
