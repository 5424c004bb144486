CREATE TABLE `sales` (
	`sale_id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`customer` text NOT NULL,
	`amount_cents` integer NOT NULL,
	`sold_at` integer NOT NULL,
	`recorded_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	CONSTRAINT "sales_amount_rule" CHECK(typeof("sales"."amount_cents") = 'integer' AND "sales"."amount_cents" > 0)
);
--> statement-breakpoint
CREATE INDEX `sales_by_instant` ON `sales` (`sold_at`,`customer`);