CREATE TABLE `products` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`category` text NOT NULL,
	`price_cents` integer NOT NULL,
	`rating` real NOT NULL,
	`created_at` integer NOT NULL,
	CONSTRAINT "products_price_cents_check" CHECK("products"."price_cents" >= 0),
	CONSTRAINT "products_rating_check" CHECK("products"."rating" BETWEEN 0 AND 5)
);
--> statement-breakpoint
CREATE INDEX `products_price_idx` ON `products` (`price_cents`);--> statement-breakpoint
CREATE INDEX `products_rating_idx` ON `products` (`rating`);--> statement-breakpoint
CREATE INDEX `products_created_at_idx` ON `products` (`created_at`);--> statement-breakpoint
CREATE INDEX `products_category_price_idx` ON `products` (`category`,`price_cents`);