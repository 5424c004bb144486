CREATE TABLE `catalog_items` (
	`item_id` integer PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`kind` text NOT NULL,
	`cents` integer NOT NULL
);
