CREATE TABLE `catalog_items` (
	`item_id` integer PRIMARY KEY NOT NULL,
	`label` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `item_reviews` (
	`review_id` integer PRIMARY KEY NOT NULL,
	`item_ref` integer NOT NULL,
	`username` text NOT NULL,
	`stars` integer NOT NULL,
	`headline` text NOT NULL,
	`content` text NOT NULL,
	`written_at` text NOT NULL,
	`edited_at` text NOT NULL,
	FOREIGN KEY (`item_ref`) REFERENCES `catalog_items`(`item_id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "stars_one_to_five" CHECK("item_reviews"."stars" IN (1, 2, 3, 4, 5))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `one_review_per_user` ON `item_reviews` (`item_ref`,`username`);--> statement-breakpoint
CREATE TABLE `rating_tallies` (
	`item_ref` integer NOT NULL,
	`stars` integer NOT NULL,
	`tally` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`item_ref`, `stars`),
	FOREIGN KEY (`item_ref`) REFERENCES `catalog_items`(`item_id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "tally_stars_range" CHECK("rating_tallies"."stars" BETWEEN 1 AND 5)
);
--> statement-breakpoint
CREATE TABLE `review_votes` (
	`review_ref` integer NOT NULL,
	`username` text NOT NULL,
	`voted_at` text NOT NULL,
	PRIMARY KEY(`review_ref`, `username`),
	FOREIGN KEY (`review_ref`) REFERENCES `item_reviews`(`review_id`) ON UPDATE no action ON DELETE cascade
);
