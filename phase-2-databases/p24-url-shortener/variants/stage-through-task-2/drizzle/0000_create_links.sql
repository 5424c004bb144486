CREATE TABLE `daily_clicks` (
	`link_id` integer NOT NULL,
	`day` text NOT NULL,
	`clicks` integer NOT NULL,
	FOREIGN KEY (`link_id`) REFERENCES `links`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `links` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`url` text NOT NULL,
	`is_alias` integer NOT NULL,
	`expires_at` integer,
	`clicks` integer DEFAULT 0 NOT NULL,
	`last_clicked_at` integer,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `links_code_unique` ON `links` (`code`);