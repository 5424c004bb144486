CREATE TABLE `link_labels` (
	`link_ref` integer NOT NULL,
	`label_ref` integer NOT NULL,
	FOREIGN KEY (`link_ref`) REFERENCES `saved_links`(`link_id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`label_ref`) REFERENCES `labels`(`label_id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `link_labels_pair` ON `link_labels` (`link_ref`,`label_ref`);--> statement-breakpoint
CREATE TABLE `saved_links` (
	`link_id` integer PRIMARY KEY NOT NULL,
	`href` text NOT NULL,
	`label` text NOT NULL,
	`saved_ms` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `saved_links_href` ON `saved_links` (`href`);--> statement-breakpoint
CREATE TABLE `labels` (
	`label_id` integer PRIMARY KEY NOT NULL,
	`label_text` text NOT NULL,
	CONSTRAINT "label_text_valid" CHECK("labels"."label_text" <> '' AND length("labels"."label_text") <= 30 AND "labels"."label_text" NOT GLOB '*[, ]*')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `labels_text` ON `labels` (`label_text`);