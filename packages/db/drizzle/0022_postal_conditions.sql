CREATE TABLE "postal_condition_checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"scope" text NOT NULL,
	"capital_vnd" bigint,
	"judgements" jsonb NOT NULL,
	"all_met" boolean NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "postal_condition_checks_position_uq" UNIQUE("dossier_id","position"),
	CONSTRAINT "postal_condition_checks_scope_check" CHECK ("postal_condition_checks"."scope" in ('noi-tinh', 'lien-tinh', 'quoc-te')),
	CONSTRAINT "postal_condition_checks_capital_check" CHECK ("postal_condition_checks"."capital_vnd" is null or "postal_condition_checks"."capital_vnd" >= 0)
);
--> statement-breakpoint
ALTER TABLE "postal_condition_checks" ADD CONSTRAINT "postal_condition_checks_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "postal_condition_checks" ADD CONSTRAINT "postal_condition_checks_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;