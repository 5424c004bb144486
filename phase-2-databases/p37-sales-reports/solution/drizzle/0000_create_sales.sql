CREATE TABLE `sales` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`customer` text NOT NULL,
	`amount_cents` integer NOT NULL,
	`sold_at` integer NOT NULL,
	CONSTRAINT "sales_amount_positive" CHECK("sales"."amount_cents" > 0)
);
--> statement-breakpoint
CREATE INDEX `sales_sold_at_idx` ON `sales` (`sold_at`);