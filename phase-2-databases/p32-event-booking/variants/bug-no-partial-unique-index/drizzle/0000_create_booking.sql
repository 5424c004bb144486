CREATE TABLE `events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `hold_seats` (
	`hold_id` integer NOT NULL,
	`seat_id` integer NOT NULL,
	`active` integer DEFAULT 1 NOT NULL,
	PRIMARY KEY(`hold_id`, `seat_id`),
	FOREIGN KEY (`hold_id`) REFERENCES `holds`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`seat_id`) REFERENCES `seats`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "hold_seats_active_flag" CHECK("hold_seats"."active" IN (0, 1))
);
--> statement-breakpoint
CREATE INDEX `hold_seats_seat` ON `hold_seats` (`seat_id`);--> statement-breakpoint
CREATE TABLE `holds` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer NOT NULL,
	`customer` text NOT NULL,
	`status` text DEFAULT 'held' NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`confirmed_at` integer,
	`released_at` integer,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "holds_status_known" CHECK("holds"."status" IN ('held', 'confirmed', 'released')),
	CONSTRAINT "holds_expire_after_creation" CHECK("holds"."expires_at" > "holds"."created_at")
);
--> statement-breakpoint
CREATE TABLE `seats` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer NOT NULL,
	`label` text NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `seats_event_label_unique` ON `seats` (`event_id`,`label`);