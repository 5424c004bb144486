CREATE TABLE `link_days` (
	`link` integer NOT NULL,
	`on_day` text NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY(`link`, `on_day`),
	FOREIGN KEY (`link`) REFERENCES `links`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `links` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`target` text NOT NULL,
	`chosen` integer DEFAULT false NOT NULL,
	`hits` integer DEFAULT 0 NOT NULL,
	`made_at` integer NOT NULL,
	CONSTRAINT "links_hits_ok" CHECK("links"."hits" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `links_slug_uq` ON `links` (`slug`);