-- Version 3 of the catalogue, written by hand (`npx drizzle-kit generate --custom`): authors get
-- a table of their own and books point at them. SQLite's ALTER TABLE cannot add a NOT NULL
-- column holding a foreign key, nor change a column (title_sort loses its default), so books is
-- rebuilt, following the procedure of
-- https://sqlite.org/lang_altertable.html#otheralter: create the new table, copy, drop, rename.
-- db/client.ts turns foreign keys off around migrate() and runs PRAGMA foreign_key_check after it
-- (a PRAGMA foreign_keys written here would do nothing: migrate() runs inside a transaction).

CREATE TABLE `authors` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `authors_name_unique` ON `authors` (`name`);
--> statement-breakpoint
-- One author per distinct name, trimmed of spaces and with its case kept, numbered in the order
-- of the first book that names it.
INSERT INTO `authors` (`name`)
SELECT trim(`author`) FROM `books` GROUP BY trim(`author`) ORDER BY min(`id`);
--> statement-breakpoint
CREATE TABLE `__new_books` (
	`id` integer PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`author_id` integer NOT NULL,
	`published_year` integer,
	`isbn` text,
	`title_sort` text NOT NULL,
	FOREIGN KEY (`author_id`) REFERENCES `authors`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
-- Every book, with its id, and the id of its author in place of the name.
INSERT INTO `__new_books` (`id`, `title`, `author_id`, `published_year`, `isbn`, `title_sort`)
SELECT `books`.`id`, `books`.`title`, `authors`.`id`, `books`.`published_year`, `books`.`isbn`, `books`.`title_sort`
FROM `books` JOIN `authors` ON `authors`.`name` = trim(`books`.`author`);
--> statement-breakpoint
-- Dropping a table drops its indexes: books_isbn_unique is created again below.
DROP TABLE `books`;
--> statement-breakpoint
ALTER TABLE `__new_books` RENAME TO `books`;
--> statement-breakpoint
CREATE INDEX `books_author_id_idx` ON `books` (`author_id`);
