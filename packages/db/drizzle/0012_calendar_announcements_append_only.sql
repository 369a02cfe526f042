-- The recorded calendar announcements are the audit of every change to the working-day calendar: no UPDATE or
-- DELETE (a correction is a later announcement for the same date).
CREATE OR REPLACE FUNCTION calendar_announcements_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'calendar_announcements is append-only (% refused)', TG_OP;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER calendar_announcements_no_update_delete
  BEFORE UPDATE OR DELETE ON calendar_announcements
  FOR EACH ROW EXECUTE FUNCTION calendar_announcements_append_only();
