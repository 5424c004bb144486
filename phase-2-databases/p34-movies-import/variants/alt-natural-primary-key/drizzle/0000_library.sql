CREATE TABLE `movies` (
	`imdb_id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`year` integer NOT NULL,
	`runtime_minutes` integer,
	`genres` text DEFAULT '' NOT NULL,
	`rating` real,
	`writes` integer DEFAULT 1 NOT NULL,
	CONSTRAINT "movies_year_range" CHECK("movies"."year" BETWEEN 1888 AND 2100)
);
