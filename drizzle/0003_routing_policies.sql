CREATE TABLE "routing_policies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"status" text NOT NULL,
	"document" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	"published_by" uuid,
	CONSTRAINT "routing_policies_status_check" CHECK ("status" in ('draft', 'published', 'archived'))
);
--> statement-breakpoint
ALTER TABLE "audit_log" DROP CONSTRAINT "audit_log_action_check";--> statement-breakpoint
ALTER TABLE "audit_log" DROP CONSTRAINT "audit_log_entity_check";--> statement-breakpoint
ALTER TABLE "routing_policies" ADD CONSTRAINT "routing_policies_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "routing_policies_version_uq" ON "routing_policies" USING btree ("workspace_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "routing_policies_one_draft_uq" ON "routing_policies" USING btree ("workspace_id") WHERE "routing_policies"."status" = 'draft';--> statement-breakpoint
CREATE UNIQUE INDEX "routing_policies_one_published_uq" ON "routing_policies" USING btree ("workspace_id") WHERE "routing_policies"."status" = 'published';--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_action_check" CHECK ("action" in ('create', 'update', 'delete', 'owner_change', 'login', 'revoke', 'publish'));--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_entity_check" CHECK ("entity" in ('workspace', 'user', 'api_token', 'team', 'rep', 'territory', 'product', 'account', 'lead', 'opportunity', 'activity', 'routing_policy'));