CREATE TABLE `products` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`category` text NOT NULL,
	`price_cents` integer NOT NULL,
	`rating` real NOT NULL,
	`created_at` integer NOT NULL,
	CONSTRAINT "price_not_negative" CHECK("products"."price_cents" >= 0),
	CONSTRAINT "rating_zero_to_five" CHECK("products"."rating" >= 0 AND "products"."rating" <= 5)
);
--> statement-breakpoint
CREATE INDEX `by_price_then_id` ON `products` (`price_cents`,`id`);--> statement-breakpoint
CREATE INDEX `by_rating_then_id` ON `products` (`rating`,`id`);--> statement-breakpoint
CREATE INDEX `by_created_then_id` ON `products` (`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `by_category_price_id` ON `products` (`category`,`price_cents`,`id`);