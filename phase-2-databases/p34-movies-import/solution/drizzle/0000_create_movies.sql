CREATE TABLE `movies` (
	`id` integer PRIMARY KEY NOT NULL,
	`imdb_id` text NOT NULL,
	`title` text NOT NULL,
	`year` integer NOT NULL,
	`runtime_minutes` integer,
	`genres` text DEFAULT '' NOT NULL,
	`rating` real
);
--> statement-breakpoint
CREATE UNIQUE INDEX `movies_imdb_id_unique` ON `movies` (`imdb_id`);--> statement-breakpoint
CREATE INDEX `movies_year_idx` ON `movies` (`year`);