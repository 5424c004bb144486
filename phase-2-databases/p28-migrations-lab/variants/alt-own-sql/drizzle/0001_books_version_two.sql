ALTER TABLE books RENAME COLUMN year TO published_year;
--> statement-breakpoint
ALTER TABLE books ADD COLUMN isbn text;
--> statement-breakpoint
ALTER TABLE books ADD COLUMN title_sort text NOT NULL DEFAULT '';
--> statement-breakpoint
CREATE UNIQUE INDEX isbn_uq ON books (isbn);
--> statement-breakpoint
UPDATE books SET title_sort = CASE
  WHEN substr(lower(title), 1, 4) = 'the ' THEN substr(lower(title), 5)
  WHEN substr(lower(title), 1, 3) = 'an ' THEN substr(lower(title), 4)
  WHEN substr(lower(title), 1, 2) = 'a ' THEN substr(lower(title), 3)
  ELSE lower(title)
END;
