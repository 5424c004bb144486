CREATE TABLE `products` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`category` text NOT NULL,
	`price_cents` integer NOT NULL,
	CONSTRAINT "products_price_cents_check" CHECK("products"."price_cents" >= 0),
	CONSTRAINT "products_name_not_empty" CHECK("products"."name" <> '')
);
--> statement-breakpoint
CREATE INDEX `products_category_price_idx` ON `products` (`category`,`price_cents`);--> statement-breakpoint
CREATE INDEX `products_price_idx` ON `products` (`price_cents`);