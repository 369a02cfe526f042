-- postal_condition_checks is the record of each appraisal of a postal licence's conditions: a new appraisal is a
-- new row; no UPDATE or DELETE.
CREATE OR REPLACE FUNCTION postal_condition_checks_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'postal_condition_checks is append-only (% refused)', TG_OP;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER postal_condition_checks_no_update_delete
  BEFORE UPDATE OR DELETE ON postal_condition_checks
  FOR EACH ROW EXECUTE FUNCTION postal_condition_checks_append_only();
