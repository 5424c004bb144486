CREATE TABLE `course_catalogue` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`title` text NOT NULL,
	`credits` integer NOT NULL,
	`seats` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `course_catalogue_code_unique` ON `course_catalogue` (`code`);--> statement-breakpoint
CREATE TABLE `enrolments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`student_id` integer NOT NULL,
	`course_id` integer NOT NULL,
	`status` text NOT NULL,
	`seq` integer NOT NULL,
	FOREIGN KEY (`student_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`course_id`) REFERENCES `course_catalogue`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "known_status" CHECK("enrolments"."status" in ('enrolled', 'waitlisted', 'dropped'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `one_live_enrolment` ON `enrolments` (`student_id`,`course_id`) WHERE status <> 'dropped';--> statement-breakpoint
CREATE TABLE `grades` (
	`enrolment_id` integer PRIMARY KEY NOT NULL,
	`letter` text NOT NULL,
	`tenths` integer NOT NULL,
	FOREIGN KEY (`enrolment_id`) REFERENCES `enrolments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `people` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`display_name` text NOT NULL,
	`is_admin` integer DEFAULT false NOT NULL,
	`salt` blob NOT NULL,
	`derived_key` blob NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `people_email_unique` ON `people` (`email`);--> statement-breakpoint
CREATE TABLE `prerequisites` (
	`course_id` integer NOT NULL,
	`prerequisite_id` integer NOT NULL,
	`added_at` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`course_id`, `prerequisite_id`),
	FOREIGN KEY (`course_id`) REFERENCES `course_catalogue`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`prerequisite_id`) REFERENCES `course_catalogue`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "no_self_requirement" CHECK("prerequisites"."course_id" != "prerequisites"."prerequisite_id")
);
--> statement-breakpoint
CREATE TABLE `sign_ins` (
	`token` text PRIMARY KEY NOT NULL,
	`person_id` integer NOT NULL,
	`valid_until_ms` integer NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
