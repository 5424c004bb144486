CREATE TABLE `remarks` (
	`remark_id` integer PRIMARY KEY NOT NULL,
	`article_ref` integer NOT NULL,
	`signed_by` text NOT NULL,
	`content` text NOT NULL,
	`made_ms` integer NOT NULL,
	FOREIGN KEY (`article_ref`) REFERENCES `articles`(`article_id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `remarks_by_article` ON `remarks` (`article_ref`);--> statement-breakpoint
CREATE TABLE `articles` (
	`article_id` integer PRIMARY KEY NOT NULL,
	`headline` text NOT NULL,
	`permalink` text NOT NULL,
	`markdown` text NOT NULL,
	`state` text NOT NULL,
	`first_published_ms` integer,
	`made_ms` integer NOT NULL,
	`edited_ms` integer NOT NULL,
	CONSTRAINT "articles_state_ok" CHECK("articles"."state" = 'draft' OR "articles"."state" = 'published')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `articles_permalink_key` ON `articles` (`permalink`);