CREATE TABLE `options` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`poll_id` integer NOT NULL,
	`position` integer NOT NULL,
	`text` text NOT NULL,
	FOREIGN KEY (`poll_id`) REFERENCES `polls`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `options_poll_position_unique` ON `options` (`poll_id`,`position`);--> statement-breakpoint
CREATE UNIQUE INDEX `options_poll_id_unique` ON `options` (`poll_id`,`id`);--> statement-breakpoint
CREATE TABLE `polls` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`question` text NOT NULL,
	`closes_at` integer,
	`closed_at` integer,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `votes` (
	`poll_id` integer NOT NULL,
	`voter_id` text NOT NULL,
	`option_id` integer NOT NULL,
	`voted_at` integer NOT NULL,
	PRIMARY KEY(`poll_id`, `voter_id`),
	FOREIGN KEY (`poll_id`,`option_id`) REFERENCES `options`(`poll_id`,`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `votes_option_idx` ON `votes` (`option_id`);