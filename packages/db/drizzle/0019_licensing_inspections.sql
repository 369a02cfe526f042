CREATE TABLE "licensing_inspection_corrections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"inspection_id" uuid NOT NULL,
	"holder_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"description" text NOT NULL,
	"deadline" date NOT NULL,
	"resolved_on" date,
	"resolution_note" text,
	"resolved_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "licensing_inspection_corrections_position_uq" UNIQUE("inspection_id","position")
);
--> statement-breakpoint
CREATE TABLE "licensing_inspection_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"inspection_id" uuid NOT NULL,
	"correction_id" uuid,
	"action" text NOT NULL,
	"note" text,
	"actor_user_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "licensing_inspections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"holder_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"inspected_on" date NOT NULL,
	"team" text NOT NULL,
	"findings" text NOT NULL,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "licensing_inspections_kind_check" CHECK ("licensing_inspections"."kind" in ('planned', 'unplanned'))
);
--> statement-breakpoint
ALTER TABLE "licensing_inspection_corrections" ADD CONSTRAINT "licensing_inspection_corrections_inspection_id_licensing_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."licensing_inspections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licensing_inspection_corrections" ADD CONSTRAINT "licensing_inspection_corrections_holder_id_licensing_holders_id_fk" FOREIGN KEY ("holder_id") REFERENCES "public"."licensing_holders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licensing_inspection_corrections" ADD CONSTRAINT "licensing_inspection_corrections_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licensing_inspection_events" ADD CONSTRAINT "licensing_inspection_events_inspection_id_licensing_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."licensing_inspections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licensing_inspection_events" ADD CONSTRAINT "licensing_inspection_events_correction_id_licensing_inspection_corrections_id_fk" FOREIGN KEY ("correction_id") REFERENCES "public"."licensing_inspection_corrections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licensing_inspection_events" ADD CONSTRAINT "licensing_inspection_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licensing_inspections" ADD CONSTRAINT "licensing_inspections_holder_id_licensing_holders_id_fk" FOREIGN KEY ("holder_id") REFERENCES "public"."licensing_holders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licensing_inspections" ADD CONSTRAINT "licensing_inspections_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "licensing_inspection_corrections_open_idx" ON "licensing_inspection_corrections" USING btree ("holder_id","resolved_on");--> statement-breakpoint
CREATE INDEX "licensing_inspection_events_inspection_idx" ON "licensing_inspection_events" USING btree ("inspection_id","at");--> statement-breakpoint
CREATE INDEX "licensing_inspections_holder_idx" ON "licensing_inspections" USING btree ("holder_id","inspected_on");