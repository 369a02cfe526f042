-- The step history of a dossier is append-only: no UPDATE or DELETE (architecture rule 4).
CREATE OR REPLACE FUNCTION dossier_events_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'dossier_events is append-only (% refused)', TG_OP;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER dossier_events_no_update_delete
  BEFORE UPDATE OR DELETE ON dossier_events
  FOR EACH ROW EXECUTE FUNCTION dossier_events_append_only();
