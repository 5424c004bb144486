CREATE TABLE `chat_messages` (
	`message_id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`in_room` integer NOT NULL,
	`sender` text NOT NULL,
	`body` text NOT NULL,
	`sent_at` integer NOT NULL,
	FOREIGN KEY (`in_room`) REFERENCES `chat_rooms`(`room_id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `chat_messages_by_room` ON `chat_messages` (`in_room`,`message_id`);--> statement-breakpoint
CREATE TABLE `chat_rooms` (
	`room_id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`opened_at` integer NOT NULL
);
