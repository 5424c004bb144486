CREATE TABLE `images` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`type` text NOT NULL,
	`size` integer NOT NULL,
	`stored_as` text NOT NULL,
	`created_at` integer NOT NULL,
	CONSTRAINT "images_title_not_empty" CHECK("images"."title" <> '')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `images_stored_as_unique` ON `images` (`stored_as`);--> statement-breakpoint
CREATE INDEX `images_newest_first` ON `images` (`created_at`,`id`);