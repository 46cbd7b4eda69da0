CREATE TYPE "clusters"."contact_field" AS ENUM('EMAIL', 'PHONE');--> statement-breakpoint
CREATE TABLE "clusters"."contact_access_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"accessed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reader_role" text NOT NULL,
	"reader_subject" text NOT NULL,
	"cluster_id" uuid NOT NULL,
	"officer_id" uuid NOT NULL,
	"field" "clusters"."contact_field" NOT NULL,
	"operation_name" text
);
--> statement-breakpoint
ALTER TABLE "clusters"."contact_access_log" ADD CONSTRAINT "contact_access_log_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "clusters"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contact_access_log_cluster_id_accessed_at_idx" ON "clusters"."contact_access_log" USING btree ("cluster_id","accessed_at");