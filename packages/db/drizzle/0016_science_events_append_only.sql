-- The history of a science task is append-only, like a dossier's: no UPDATE or DELETE (architecture rule 4).
-- TRUNCATE (test resets) is a statement, not a row event, and stays allowed.
CREATE OR REPLACE FUNCTION science_task_events_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'science_task_events is append-only (% refused)', TG_OP;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER science_task_events_no_update_delete
  BEFORE UPDATE OR DELETE ON science_task_events
  FOR EACH ROW EXECUTE FUNCTION science_task_events_append_only();
