PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_recipe_ingredients` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`recipe_id` integer NOT NULL,
	`ingredient_id` integer NOT NULL,
	`position` integer NOT NULL,
	`quantity` integer NOT NULL,
	`unit` text NOT NULL,
	FOREIGN KEY (`recipe_id`) REFERENCES `recipes`(`id`) ON UPDATE cascade ON DELETE cascade,
	FOREIGN KEY (`ingredient_id`) REFERENCES `ingredients`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "quantity_whole_in_range" CHECK("__new_recipe_ingredients"."quantity" = round("__new_recipe_ingredients"."quantity") AND "__new_recipe_ingredients"."quantity" BETWEEN 1 AND 1000000),
	CONSTRAINT "unit_is_base" CHECK("__new_recipe_ingredients"."unit" = 'g' OR "__new_recipe_ingredients"."unit" = 'ml' OR "__new_recipe_ingredients"."unit" = 'pc')
);
--> statement-breakpoint
INSERT INTO `__new_recipe_ingredients`("id", "recipe_id", "ingredient_id", "position", "quantity", "unit") SELECT "id", "recipe_id", "ingredient_id", "position", "quantity", "unit" FROM `recipe_ingredients`;--> statement-breakpoint
DROP TABLE `recipe_ingredients`;--> statement-breakpoint
ALTER TABLE `__new_recipe_ingredients` RENAME TO `recipe_ingredients`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `one_line_per_ingredient` ON `recipe_ingredients` (`recipe_id`,`ingredient_id`);--> statement-breakpoint
CREATE TABLE `__new_recipes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`servings` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	CONSTRAINT "servings_1_to_100" CHECK("__new_recipes"."servings" >= 1 AND "__new_recipes"."servings" <= 100)
);
--> statement-breakpoint
INSERT INTO `__new_recipes`("id", "title", "servings", "created_at", "updated_at") SELECT "id", "title", "servings", "created_at", "updated_at" FROM `recipes`;--> statement-breakpoint
DROP TABLE `recipes`;--> statement-breakpoint
ALTER TABLE `__new_recipes` RENAME TO `recipes`;