CREATE UNIQUE INDEX `clicks_by_day_once` ON `clicks_by_day` (`link_ref`,`utc_date`);--> statement-breakpoint
CREATE INDEX `clicks_by_day_date` ON `clicks_by_day` (`utc_date`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_links` (
	`link_no` integer PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`url` text NOT NULL,
	`chosen` integer NOT NULL,
	`expires_ms` integer,
	`clicks` integer DEFAULT 0 NOT NULL,
	`last_hit_ms` integer,
	`made_ms` integer NOT NULL,
	CONSTRAINT "links_clicks_ok" CHECK("__new_links"."clicks" BETWEEN 0 AND 9223372036854775807)
);
--> statement-breakpoint
INSERT INTO `__new_links`("link_no", "code", "url", "chosen", "expires_ms", "clicks", "last_hit_ms", "made_ms") SELECT "link_no", "code", "url", "chosen", "expires_ms", "clicks", "last_hit_ms", "made_ms" FROM `links`;--> statement-breakpoint
DROP TABLE `links`;--> statement-breakpoint
ALTER TABLE `__new_links` RENAME TO `links`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `links_by_code` ON `links` (`code`);