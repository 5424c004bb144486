PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_products` (
	`id` integer PRIMARY KEY NOT NULL,
	`sku` text NOT NULL,
	`name` text NOT NULL,
	`price_cents` integer NOT NULL,
	`stock` integer NOT NULL,
	`version` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	CONSTRAINT "ck_products_amounts" CHECK("__new_products"."stock" >= 0 AND "__new_products"."price_cents" >= 0)
);
--> statement-breakpoint
INSERT INTO `__new_products`("id", "sku", "name", "price_cents", "stock", "version", "created_at", "updated_at") SELECT "id", "sku", "name", "price_cents", "stock", "version", "created_at", "updated_at" FROM `products`;--> statement-breakpoint
DROP TABLE `products`;--> statement-breakpoint
ALTER TABLE `__new_products` RENAME TO `products`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `ux_products_sku` ON `products` (`sku`);--> statement-breakpoint
CREATE TABLE `__new_order_lines` (
	`order_id` integer NOT NULL,
	`product_id` integer NOT NULL,
	`quantity` integer NOT NULL,
	`unit_price_cents` integer NOT NULL,
	PRIMARY KEY(`order_id`, `product_id`),
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE cascade ON DELETE cascade,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "ck_order_lines_quantity" CHECK("__new_order_lines"."quantity" >= 1)
);
--> statement-breakpoint
INSERT INTO `__new_order_lines`("order_id", "product_id", "quantity", "unit_price_cents") SELECT "order_id", "product_id", "quantity", "unit_price_cents" FROM `order_lines`;--> statement-breakpoint
DROP TABLE `order_lines`;--> statement-breakpoint
ALTER TABLE `__new_order_lines` RENAME TO `order_lines`;--> statement-breakpoint
CREATE TABLE `__new_orders` (
	`id` integer PRIMARY KEY NOT NULL,
	`status` text NOT NULL,
	`total_cents` integer NOT NULL,
	`created_at` integer NOT NULL,
	`cancelled_at` integer,
	CONSTRAINT "ck_orders_status" CHECK("__new_orders"."status" = 'placed' OR "__new_orders"."status" = 'cancelled')
);
--> statement-breakpoint
INSERT INTO `__new_orders`("id", "status", "total_cents", "created_at", "cancelled_at") SELECT "id", "status", "total_cents", "created_at", "cancelled_at" FROM `orders`;--> statement-breakpoint
DROP TABLE `orders`;--> statement-breakpoint
ALTER TABLE `__new_orders` RENAME TO `orders`;