CREATE TABLE "conformity_declarations" (
	"dossier_id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"regime" text NOT NULL,
	"received_on" date NOT NULL,
	"organisation_name" text NOT NULL,
	"tax_code" text NOT NULL,
	"organisation_address" text NOT NULL,
	"risk_class" text,
	"basis_kind" text,
	"certificate_number" text,
	"certifier" text,
	"certificate_expires_on" date,
	"self_assessment_report_date" date,
	"standards" jsonb NOT NULL,
	"products" jsonb NOT NULL,
	"data" jsonb NOT NULL,
	"search_text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conformity_declarations_kind_check" CHECK ("conformity_declarations"."kind" in ('standard', 'regulation', 'quantity_mark', 'import_inspection')),
	CONSTRAINT "conformity_declarations_regime_check" CHECK ("conformity_declarations"."regime" in ('group', 'risk'))
);
--> statement-breakpoint
CREATE TABLE "conformity_notice_counters" (
	"unit_code" text NOT NULL,
	"year" integer NOT NULL,
	"last_seq" integer NOT NULL,
	CONSTRAINT "conformity_notice_counters_unit_code_year_pk" PRIMARY KEY("unit_code","year"),
	CONSTRAINT "conformity_notice_counters_seq_check" CHECK ("conformity_notice_counters"."last_seq" >= 1)
);
--> statement-breakpoint
CREATE TABLE "conformity_notice_history" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"notice_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"note" text,
	"actor_user_id" uuid
);
--> statement-breakpoint
CREATE TABLE "conformity_notices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"notice_number" text NOT NULL,
	"unit_code" text NOT NULL,
	"year" integer NOT NULL,
	"seq" integer NOT NULL,
	"dossier_id" uuid NOT NULL,
	"procedure_code" text NOT NULL,
	"issued_on" date NOT NULL,
	"expires_on" date NOT NULL,
	"issued_by" uuid,
	"revoked_on" date,
	"revoked_reason" text,
	"revoked_by" uuid,
	"search_text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conformity_notices_number_uq" UNIQUE("notice_number"),
	CONSTRAINT "conformity_notices_unit_year_seq_uq" UNIQUE("unit_code","year","seq"),
	CONSTRAINT "conformity_notices_dossier_uq" UNIQUE("dossier_id")
);
--> statement-breakpoint
CREATE TABLE "integration_outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"target" text NOT NULL,
	"dossier_id" uuid NOT NULL,
	"payload" jsonb NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone NOT NULL,
	"last_error" text,
	"created_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone,
	CONSTRAINT "integration_outbox_state_check" CHECK ("integration_outbox"."state" in ('pending', 'sent', 'dead'))
);
--> statement-breakpoint
CREATE TABLE "integration_status" (
	"id" text PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"checked_at" timestamp with time zone NOT NULL,
	"message" text
);
--> statement-breakpoint
ALTER TABLE "conformity_declarations" ADD CONSTRAINT "conformity_declarations_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conformity_notice_counters" ADD CONSTRAINT "conformity_notice_counters_unit_code_organisation_units_code_fk" FOREIGN KEY ("unit_code") REFERENCES "public"."organisation_units"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conformity_notice_history" ADD CONSTRAINT "conformity_notice_history_notice_id_conformity_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."conformity_notices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conformity_notice_history" ADD CONSTRAINT "conformity_notice_history_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conformity_notices" ADD CONSTRAINT "conformity_notices_unit_code_organisation_units_code_fk" FOREIGN KEY ("unit_code") REFERENCES "public"."organisation_units"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conformity_notices" ADD CONSTRAINT "conformity_notices_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conformity_notices" ADD CONSTRAINT "conformity_notices_issued_by_users_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conformity_notices" ADD CONSTRAINT "conformity_notices_revoked_by_users_id_fk" FOREIGN KEY ("revoked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integration_outbox" ADD CONSTRAINT "integration_outbox_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "conformity_declarations_tax_code_idx" ON "conformity_declarations" USING btree ("tax_code");--> statement-breakpoint
CREATE INDEX "conformity_notice_history_notice_idx" ON "conformity_notice_history" USING btree ("notice_id","at");--> statement-breakpoint
CREATE INDEX "conformity_notices_expires_idx" ON "conformity_notices" USING btree ("expires_on");--> statement-breakpoint
CREATE INDEX "conformity_notices_procedure_idx" ON "conformity_notices" USING btree ("procedure_code");--> statement-breakpoint
CREATE INDEX "integration_outbox_due_idx" ON "integration_outbox" USING btree ("state","next_attempt_at");--> statement-breakpoint
CREATE INDEX "integration_outbox_dossier_idx" ON "integration_outbox" USING btree ("dossier_id");