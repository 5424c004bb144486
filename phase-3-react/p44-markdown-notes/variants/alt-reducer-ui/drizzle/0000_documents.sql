CREATE TABLE `documents` (
	`doc_id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`heading` text NOT NULL,
	`content` text NOT NULL,
	`rev` integer NOT NULL,
	`created` integer NOT NULL,
	`modified` integer NOT NULL,
	CONSTRAINT "documents_rev_positive" CHECK("documents"."rev" > 0)
);
