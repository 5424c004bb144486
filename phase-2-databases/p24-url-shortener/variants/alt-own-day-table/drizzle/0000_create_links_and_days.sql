CREATE TABLE `clicks_by_day` (
	`link_ref` integer NOT NULL,
	`utc_date` text NOT NULL,
	`hits` integer NOT NULL,
	FOREIGN KEY (`link_ref`) REFERENCES `links`(`link_no`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `links` (
	`link_no` integer PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`url` text NOT NULL,
	`chosen` integer NOT NULL,
	`expires_ms` integer,
	`clicks` integer DEFAULT 0 NOT NULL,
	`last_hit_ms` integer,
	`made_ms` integer NOT NULL
);
