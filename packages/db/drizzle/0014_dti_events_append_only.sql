-- The DTI's command log is append-only: no UPDATE or DELETE (architecture rule 4), like dossier_events.
CREATE OR REPLACE FUNCTION dti_events_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'dti_events is append-only (% refused)', TG_OP;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER dti_events_no_update_delete
  BEFORE UPDATE OR DELETE ON dti_events
  FOR EACH ROW EXECUTE FUNCTION dti_events_append_only();
