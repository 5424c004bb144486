CREATE TABLE `courses` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`title` text NOT NULL,
	`credits` integer NOT NULL,
	`capacity` integer NOT NULL,
	CONSTRAINT "courses_credits_range" CHECK("courses"."credits" BETWEEN 1 AND 10),
	CONSTRAINT "courses_capacity_positive" CHECK("courses"."capacity" >= 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `courses_code_unique` ON `courses` (`code`);--> statement-breakpoint
CREATE TABLE `enrolments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`student_id` integer NOT NULL,
	`course_id` integer NOT NULL,
	`status` text NOT NULL,
	`grade` text,
	FOREIGN KEY (`student_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`course_id`) REFERENCES `courses`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "enrolments_status_known" CHECK("enrolments"."status" IN ('enrolled', 'waitlisted')),
	CONSTRAINT "enrolments_grade_only_when_enrolled" CHECK("enrolments"."grade" IS NULL OR "enrolments"."status" = 'enrolled')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `enrolments_student_course_unique` ON `enrolments` (`student_id`,`course_id`);--> statement-breakpoint
CREATE INDEX `enrolments_course_status_idx` ON `enrolments` (`course_id`,`status`,`id`);--> statement-breakpoint
CREATE TABLE `prerequisites` (
	`course_id` integer NOT NULL,
	`prerequisite_id` integer NOT NULL,
	PRIMARY KEY(`course_id`, `prerequisite_id`),
	FOREIGN KEY (`course_id`) REFERENCES `courses`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`prerequisite_id`) REFERENCES `courses`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "prerequisites_not_self" CHECK("prerequisites"."course_id" <> "prerequisites"."prerequisite_id")
);
--> statement-breakpoint
CREATE INDEX `prerequisites_prerequisite_idx` ON `prerequisites` (`prerequisite_id`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`password_hash` text NOT NULL,
	`created_at` integer NOT NULL,
	CONSTRAINT "users_role_known" CHECK("users"."role" IN ('student', 'admin'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);