CREATE TABLE `lanes` (
	`id` integer PRIMARY KEY NOT NULL,
	`board_ref` integer NOT NULL,
	`label` text NOT NULL,
	`ord` integer NOT NULL,
	`max_cards` integer,
	FOREIGN KEY (`board_ref`) REFERENCES `kanban_boards`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `lanes_place` ON `lanes` (`board_ref`,`ord`);--> statement-breakpoint
CREATE TABLE `kanban_boards` (
	`id` integer PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`created_ms` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `cards` (
	`id` integer PRIMARY KEY NOT NULL,
	`board_id` integer NOT NULL,
	`column_id` integer NOT NULL,
	`position` integer NOT NULL,
	`heading` text NOT NULL,
	`created_ms` integer NOT NULL,
	FOREIGN KEY (`board_id`) REFERENCES `kanban_boards`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`column_id`) REFERENCES `lanes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cards_place` ON `cards` (`column_id`,`position`);