CREATE TABLE `day_mark` (
	`habit_ref` integer NOT NULL,
	`day_number` integer NOT NULL,
	PRIMARY KEY(`habit_ref`, `day_number`),
	FOREIGN KEY (`habit_ref`) REFERENCES `habit`(`habit_id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `habit` (
	`habit_id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`created_ms` integer NOT NULL
);
