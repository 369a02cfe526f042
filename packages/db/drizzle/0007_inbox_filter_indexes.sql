-- The inbox filters on a large database: counts per status under a procedure or assignee filter (capped per
-- status, see DOSSIER_COUNT_CAP) read index ranges; the assignee, awaiting-signature and received-order pages read
-- in order from an index; a dossier code prefix typed in the search is a range of a covering index; the trigram
-- index of the search also holds the unit (btree_gin), so that other units' matches are not read from the table.
CREATE EXTENSION IF NOT EXISTS btree_gin;
--> statement-breakpoint
DROP INDEX "dossiers_search_text_trgm_idx";--> statement-breakpoint
CREATE INDEX "dossiers_unit_procedure_status_idx" ON "dossiers" USING btree ("unit_code","procedure_code","status");--> statement-breakpoint
CREATE INDEX "dossiers_unit_assignee_status_idx" ON "dossiers" USING btree ("unit_code","assignee_user_id","status");--> statement-breakpoint
CREATE INDEX "dossiers_unit_assignee_deadline_idx" ON "dossiers" USING btree ("unit_code","assignee_user_id","deadline","code");--> statement-breakpoint
CREATE INDEX "dossiers_unit_code_prefix_idx" ON "dossiers" USING btree ("unit_code","search_text" text_pattern_ops,"deadline","code","status","received_at","created_at","id");--> statement-breakpoint
CREATE INDEX "dossiers_unassigned_deadline_idx" ON "dossiers" USING btree ("unit_code","deadline","code") WHERE "dossiers"."assignee_user_id" is null;--> statement-breakpoint
CREATE INDEX "dossiers_unit_received_idx" ON "dossiers" USING btree ("unit_code","received_at" DESC NULLS LAST,"created_at" DESC NULLS FIRST,"code");--> statement-breakpoint
CREATE INDEX "dossiers_awaiting_signature_idx" ON "dossiers" USING btree ("unit_code","status","deadline") WHERE "dossiers"."awaiting_signature";--> statement-breakpoint
CREATE INDEX "dossiers_unit_search_text_trgm_idx" ON "dossiers" USING gin ("unit_code","search_text" gin_trgm_ops);