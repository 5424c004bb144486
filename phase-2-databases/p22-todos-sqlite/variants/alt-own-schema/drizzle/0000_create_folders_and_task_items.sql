CREATE TABLE `folders` (
	`folder_id` integer PRIMARY KEY NOT NULL,
	`label` text NOT NULL,
	`made_ms` integer NOT NULL,
	`changed_ms` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `folders_label_nocase` ON `folders` (lower("label"));--> statement-breakpoint
CREATE TABLE `task_items` (
	`task_id` integer PRIMARY KEY NOT NULL,
	`headline` text NOT NULL,
	`body` text DEFAULT '' NOT NULL,
	`is_done` integer DEFAULT false NOT NULL,
	`prio` integer DEFAULT 2 NOT NULL,
	`due_on` text,
	`folder_ref` integer,
	`made_ms` integer NOT NULL,
	`changed_ms` integer NOT NULL,
	FOREIGN KEY (`folder_ref`) REFERENCES `folders`(`folder_id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "task_items_prio_ok" CHECK("task_items"."prio" IN (1, 2, 3))
);
--> statement-breakpoint
CREATE INDEX `task_items_by_folder` ON `task_items` (`folder_ref`);