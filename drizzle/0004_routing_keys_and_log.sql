CREATE TABLE "assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"lead_id" uuid NOT NULL,
	"rep_id" uuid,
	"outcome" text NOT NULL,
	"rule_id" text,
	"method" text,
	"policy_version" integer,
	"decision" jsonb NOT NULL,
	"retry" boolean DEFAULT false NOT NULL,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "assignments_outcome_check" CHECK ("outcome" in ('assigned', 'duplicate', 'held', 'pooled'))
);
--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "company_key" text;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "phone_keys" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "closed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "external_id" text;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "email_key" text;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "phone_key" text;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "company_key" text;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_rep_id_reps_id_fk" FOREIGN KEY ("rep_id") REFERENCES "public"."reps"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assignments_rep_idx" ON "assignments" USING btree ("workspace_id","rep_id","at");--> statement-breakpoint
CREATE INDEX "assignments_lead_idx" ON "assignments" USING btree ("lead_id","at");--> statement-breakpoint
CREATE INDEX "assignments_rule_idx" ON "assignments" USING btree ("workspace_id","rule_id","at");--> statement-breakpoint
CREATE INDEX "accounts_company_key_idx" ON "accounts" USING btree ("workspace_id","company_key");--> statement-breakpoint
CREATE INDEX "accounts_phone_keys_idx" ON "accounts" USING gin ("phone_keys");--> statement-breakpoint
CREATE UNIQUE INDEX "leads_external_id_uq" ON "leads" USING btree ("workspace_id","external_id");--> statement-breakpoint
CREATE INDEX "leads_email_key_idx" ON "leads" USING btree ("workspace_id","email_key");--> statement-breakpoint
CREATE INDEX "leads_phone_key_idx" ON "leads" USING btree ("workspace_id","phone_key");--> statement-breakpoint
CREATE INDEX "leads_company_key_idx" ON "leads" USING btree ("workspace_id","company_key");