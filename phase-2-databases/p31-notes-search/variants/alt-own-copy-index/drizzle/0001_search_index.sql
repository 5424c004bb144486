-- The search index keeps its own copy of the text (no content= option): simpler triggers, twice
-- the storage. Columns are named after what they hold; their order fixes bm25's weights.
CREATE VIRTUAL TABLE `search_index` USING fts5(`note_title`, `note_body`);
--> statement-breakpoint
-- rank is bm25 with the title weighted 10 and the body 1, stored in the table's configuration.
INSERT INTO `search_index` (`search_index`, `rank`) VALUES ('rank', 'bm25(10.0, 1.0)');
--> statement-breakpoint
CREATE TRIGGER `search_index_ins` AFTER INSERT ON `notes` BEGIN
  INSERT INTO `search_index` (`rowid`, `note_title`, `note_body`) VALUES (new.`id`, new.`title`, new.`body`);
END;
--> statement-breakpoint
CREATE TRIGGER `search_index_del` AFTER DELETE ON `notes` BEGIN
  DELETE FROM `search_index` WHERE `rowid` = old.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `search_index_upd` AFTER UPDATE OF `title`, `body` ON `notes` BEGIN
  UPDATE `search_index` SET `note_title` = new.`title`, `note_body` = new.`body` WHERE `rowid` = new.`id`;
END;
--> statement-breakpoint
INSERT INTO `search_index` (`rowid`, `note_title`, `note_body`) SELECT `id`, `title`, `body` FROM `notes`;
