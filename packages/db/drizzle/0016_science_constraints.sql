-- Hand-written constraints of the science tables (drizzle-kit cannot express them).
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
--> statement-breakpoint
-- A task points at its host's application and an application at its task: the one foreign-key cycle of the schema.
-- The task's side is checked at commit when a transaction asks for it (a restore loads every row in one transaction,
-- SET CONSTRAINTS ALL DEFERRED); everywhere else it stays checked at once.
ALTER TABLE science_tasks
  ALTER CONSTRAINT science_tasks_host_application_id_science_applications_id_fk DEFERRABLE INITIALLY IMMEDIATE;
