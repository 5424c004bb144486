CREATE TABLE authors (id integer PRIMARY KEY, name text NOT NULL);
--> statement-breakpoint
CREATE UNIQUE INDEX author_name_uq ON authors (name);
--> statement-breakpoint
INSERT OR IGNORE INTO authors (name) SELECT trim(author) FROM books ORDER BY id;
--> statement-breakpoint
CREATE TABLE books_next (
  id integer PRIMARY KEY,
  title text NOT NULL,
  author_id integer NOT NULL REFERENCES authors (id),
  published_year integer,
  isbn text,
  title_sort text NOT NULL
);
--> statement-breakpoint
INSERT INTO books_next (id, title, author_id, published_year, isbn, title_sort)
SELECT b.id, b.title, (SELECT a.id FROM authors a WHERE a.name = trim(b.author)), b.published_year, b.isbn, b.title_sort FROM books b;
--> statement-breakpoint
DROP TABLE books;
--> statement-breakpoint
ALTER TABLE books_next RENAME TO books;
--> statement-breakpoint
CREATE UNIQUE INDEX isbn_uq ON books (isbn);
