-- At most one live claim (active = 1) per seat, kept by the database: a trigger on insert and one
-- on update. RAISE(ABORT) fails the statement with SQLITE_CONSTRAINT_TRIGGER.
CREATE TRIGGER `hold_seats_one_live_claim_insert` BEFORE INSERT ON `hold_seats`
WHEN NEW.active = 1 AND EXISTS (SELECT 1 FROM hold_seats WHERE seat_id = NEW.seat_id AND active = 1)
BEGIN
  SELECT RAISE(ABORT, 'the seat already has a live claim');
END;
--> statement-breakpoint
CREATE TRIGGER `hold_seats_one_live_claim_update` BEFORE UPDATE OF active, seat_id ON `hold_seats`
WHEN NEW.active = 1 AND EXISTS (
  SELECT 1 FROM hold_seats WHERE seat_id = NEW.seat_id AND active = 1 AND NOT (hold_id = OLD.hold_id AND seat_id = OLD.seat_id)
)
BEGIN
  SELECT RAISE(ABORT, 'the seat already has a live claim');
END;
