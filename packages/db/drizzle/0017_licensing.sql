CREATE TABLE "licensing_document_counters" (
	"unit_code" text NOT NULL,
	"kind" text NOT NULL,
	"year" integer NOT NULL,
	"last_seq" integer NOT NULL,
	CONSTRAINT "licensing_document_counters_unit_code_kind_year_pk" PRIMARY KEY("unit_code","kind","year")
);
--> statement-breakpoint
CREATE TABLE "licensing_document_history" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"document_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"note" text,
	"actor_user_id" uuid
);
--> statement-breakpoint
CREATE TABLE "licensing_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"kind" text NOT NULL,
	"field" text NOT NULL,
	"holder_id" uuid NOT NULL,
	"dossier_id" uuid NOT NULL,
	"procedure_code" text NOT NULL,
	"unit_code" text NOT NULL,
	"year" integer NOT NULL,
	"seq" integer NOT NULL,
	"issued_on" date NOT NULL,
	"valid_from" date NOT NULL,
	"expires_on" date,
	"scope" jsonb NOT NULL,
	"replaces_id" uuid,
	"replaced_on" date,
	"revoked_on" date,
	"revoked_reason" text,
	"revoked_by" uuid,
	"issued_by" uuid,
	"search_text" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "licensing_documents_number_uq" UNIQUE("number"),
	CONSTRAINT "licensing_documents_unit_kind_year_seq_uq" UNIQUE("unit_code","kind","year","seq"),
	CONSTRAINT "licensing_documents_dossier_uq" UNIQUE("dossier_id"),
	CONSTRAINT "licensing_documents_field_check" CHECK ("licensing_documents"."field" in ('radiation', 'postal'))
);
--> statement-breakpoint
CREATE TABLE "licensing_dossiers" (
	"dossier_id" uuid PRIMARY KEY NOT NULL,
	"holder_id" uuid NOT NULL,
	"data" jsonb NOT NULL,
	"previous_document_id" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "licensing_holders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"field" text NOT NULL,
	"name" text NOT NULL,
	"tax_code" text NOT NULL,
	"address" text NOT NULL,
	"district" text,
	"phone" text,
	"email" text,
	"applicant_user_id" uuid,
	"safety_officer" jsonb,
	"search_text" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "licensing_holders_field_tax_code_uq" UNIQUE("field","tax_code"),
	CONSTRAINT "licensing_holders_field_check" CHECK ("licensing_holders"."field" in ('radiation', 'postal'))
);
--> statement-breakpoint
CREATE TABLE "radiation_devices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"holder_id" uuid NOT NULL,
	"type" text NOT NULL,
	"manufacturer" text NOT NULL,
	"model" text NOT NULL,
	"serial" text NOT NULL,
	"tube" text,
	"year_made" integer,
	"location" text,
	"status" text NOT NULL,
	"last_inspection_on" date,
	"inspection_certificate" text,
	"declared_in_dossier_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "radiation_devices_holder_serial_uq" UNIQUE("holder_id","manufacturer","serial"),
	CONSTRAINT "radiation_devices_status_check" CHECK ("radiation_devices"."status" in ('in_use', 'stored', 'moved', 'disposed'))
);
--> statement-breakpoint
ALTER TABLE "licensing_document_counters" ADD CONSTRAINT "licensing_document_counters_unit_code_organisation_units_code_fk" FOREIGN KEY ("unit_code") REFERENCES "public"."organisation_units"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licensing_document_history" ADD CONSTRAINT "licensing_document_history_document_id_licensing_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."licensing_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licensing_document_history" ADD CONSTRAINT "licensing_document_history_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licensing_documents" ADD CONSTRAINT "licensing_documents_holder_id_licensing_holders_id_fk" FOREIGN KEY ("holder_id") REFERENCES "public"."licensing_holders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licensing_documents" ADD CONSTRAINT "licensing_documents_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licensing_documents" ADD CONSTRAINT "licensing_documents_unit_code_organisation_units_code_fk" FOREIGN KEY ("unit_code") REFERENCES "public"."organisation_units"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licensing_documents" ADD CONSTRAINT "licensing_documents_replaces_id_licensing_documents_id_fk" FOREIGN KEY ("replaces_id") REFERENCES "public"."licensing_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licensing_documents" ADD CONSTRAINT "licensing_documents_revoked_by_users_id_fk" FOREIGN KEY ("revoked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licensing_documents" ADD CONSTRAINT "licensing_documents_issued_by_users_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licensing_dossiers" ADD CONSTRAINT "licensing_dossiers_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licensing_dossiers" ADD CONSTRAINT "licensing_dossiers_holder_id_licensing_holders_id_fk" FOREIGN KEY ("holder_id") REFERENCES "public"."licensing_holders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licensing_dossiers" ADD CONSTRAINT "licensing_dossiers_previous_document_id_licensing_documents_id_fk" FOREIGN KEY ("previous_document_id") REFERENCES "public"."licensing_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licensing_holders" ADD CONSTRAINT "licensing_holders_applicant_user_id_users_id_fk" FOREIGN KEY ("applicant_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "radiation_devices" ADD CONSTRAINT "radiation_devices_holder_id_licensing_holders_id_fk" FOREIGN KEY ("holder_id") REFERENCES "public"."licensing_holders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "radiation_devices" ADD CONSTRAINT "radiation_devices_declared_in_dossier_id_dossiers_id_fk" FOREIGN KEY ("declared_in_dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "licensing_document_history_doc_idx" ON "licensing_document_history" USING btree ("document_id","at");--> statement-breakpoint
CREATE INDEX "licensing_documents_holder_idx" ON "licensing_documents" USING btree ("holder_id");--> statement-breakpoint
CREATE INDEX "licensing_documents_expires_idx" ON "licensing_documents" USING btree ("field","expires_on");--> statement-breakpoint
CREATE INDEX "licensing_dossiers_holder_idx" ON "licensing_dossiers" USING btree ("holder_id");--> statement-breakpoint
CREATE INDEX "licensing_holders_applicant_idx" ON "licensing_holders" USING btree ("applicant_user_id");--> statement-breakpoint
CREATE INDEX "radiation_devices_type_idx" ON "radiation_devices" USING btree ("type","status");