CREATE TYPE "inquiries"."cluster_answer" AS ENUM('INTERESTED', 'NOT_INTERESTED');--> statement-breakpoint
CREATE TYPE "inquiries"."commercial_interest" AS ENUM('NONE', 'INDIRECT', 'DIRECT');--> statement-breakpoint
CREATE TYPE "inquiries"."data_suitability" AS ENUM('YES', 'PARTLY', 'NO');--> statement-breakpoint
CREATE TYPE "inquiries"."inquiry_action" AS ENUM('SUBMITTED', 'FORWARDED_BY_CLUSTER', 'REVIEW_STARTED', 'INFORMATION_REQUESTED', 'INFORMATION_PROVIDED', 'ASSESSED', 'DECIDED', 'CLUSTER_ANSWERED', 'INCLUDED_IN_NEWSLETTER');--> statement-breakpoint
CREATE TYPE "inquiries"."inquiry_ask" AS ENUM('PRACTICE_RECRUITMENT', 'MATERIAL_TESTING', 'MEETING_PRESENTATION', 'QUESTIONNAIRE', 'OTHER');--> statement-breakpoint
CREATE TYPE "inquiries"."inquiry_decision" AS ENUM('NEWSLETTER', 'FORWARD_TO_CLUSTERS', 'DECLINE');--> statement-breakpoint
CREATE TYPE "inquiries"."inquiry_destination" AS ENUM('KIAP', 'REGIONAL_UNIT');--> statement-breakpoint
CREATE TYPE "inquiries"."inquiry_source" AS ENUM('PARTY', 'CLUSTER_FORWARD');--> statement-breakpoint
CREATE TYPE "inquiries"."relevance" AS ENUM('NOT_RELEVANT', 'SLIGHTLY_RELEVANT', 'RELEVANT', 'HIGHLY_RELEVANT');--> statement-breakpoint
CREATE TABLE "inquiries"."information_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"inquiry_id" uuid NOT NULL,
	"question" text NOT NULL,
	"asked_by" text NOT NULL,
	"asked_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answer" text,
	"answered_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "inquiries"."inquiry_assessments" (
	"inquiry_id" uuid PRIMARY KEY NOT NULL,
	"relevance" "inquiries"."relevance" NOT NULL,
	"relevance_reason" text NOT NULL,
	"data_suitability" "inquiries"."data_suitability" NOT NULL,
	"data_suitability_note" text,
	"commercial_interest" "inquiries"."commercial_interest" NOT NULL,
	"internal_note" text,
	"assessed_by" text NOT NULL,
	"assessed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inquiries"."inquiry_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"inquiry_id" uuid NOT NULL,
	"action" "inquiries"."inquiry_action" NOT NULL,
	"actor" text NOT NULL,
	"from_status" "inquiries"."inquiry_status",
	"to_status" "inquiries"."inquiry_status" NOT NULL,
	"note" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inquiries"."inquiry_forwards" (
	"inquiry_id" uuid NOT NULL,
	"cluster_id" uuid NOT NULL,
	"forwarded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answer" "inquiries"."cluster_answer",
	"message" text,
	"answered_at" timestamp with time zone,
	"answered_by" text,
	CONSTRAINT "inquiry_forwards_inquiry_id_cluster_id_pk" PRIMARY KEY("inquiry_id","cluster_id")
);
--> statement-breakpoint
CREATE TABLE "inquiries"."newsletter_sections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" integer NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_by" text NOT NULL,
	CONSTRAINT "newsletter_sections_number_unique" UNIQUE("number")
);
--> statement-breakpoint
ALTER TABLE "inquiries"."inquiries" ADD COLUMN "asks" "inquiries"."inquiry_ask"[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "inquiries"."inquiries" ADD COLUMN "uses_data" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "inquiries"."inquiries" ADD COLUMN "data_description" text;--> statement-breakpoint
ALTER TABLE "inquiries"."inquiries" ADD COLUMN "starts_on" date;--> statement-breakpoint
ALTER TABLE "inquiries"."inquiries" ADD COLUMN "ends_on" date;--> statement-breakpoint
ALTER TABLE "inquiries"."inquiries" ADD COLUMN "funding" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "inquiries"."inquiries" ADD COLUMN "commercial_interest" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "inquiries"."inquiries" ADD COLUMN "commercial_interest_note" text;--> statement-breakpoint
ALTER TABLE "inquiries"."inquiries" ADD COLUMN "content_hash" text;--> statement-breakpoint
-- Inquiries from before duplicate detection are each their own content.
UPDATE "inquiries"."inquiries" SET "content_hash" = md5("id"::text);--> statement-breakpoint
ALTER TABLE "inquiries"."inquiries" ALTER COLUMN "content_hash" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "inquiries"."inquiries" ADD COLUMN "source" "inquiries"."inquiry_source" DEFAULT 'PARTY' NOT NULL;--> statement-breakpoint
ALTER TABLE "inquiries"."inquiries" ADD COLUMN "forwarded_by_cluster_id" uuid;--> statement-breakpoint
ALTER TABLE "inquiries"."inquiries" ADD COLUMN "forwarded_to" "inquiries"."inquiry_destination";--> statement-breakpoint
ALTER TABLE "inquiries"."inquiries" ADD COLUMN "forwarded_to_region_code" text;--> statement-breakpoint
ALTER TABLE "inquiries"."inquiries" ADD COLUMN "forward_note" text;--> statement-breakpoint
ALTER TABLE "inquiries"."inquiries" ADD COLUMN "submitted_by" text DEFAULT 'unknown' NOT NULL;--> statement-breakpoint
ALTER TABLE "inquiries"."inquiries" ADD COLUMN "decision" "inquiries"."inquiry_decision";--> statement-breakpoint
ALTER TABLE "inquiries"."inquiries" ADD COLUMN "decision_reason" text;--> statement-breakpoint
ALTER TABLE "inquiries"."inquiries" ADD COLUMN "decided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "inquiries"."inquiries" ADD COLUMN "decided_by" text;--> statement-breakpoint
ALTER TABLE "inquiries"."inquiries" ADD COLUMN "decided_by_region_code" text;--> statement-breakpoint
ALTER TABLE "inquiries"."inquiries" ADD COLUMN "newsletter_section_id" uuid;--> statement-breakpoint
ALTER TABLE "inquiries"."information_requests" ADD CONSTRAINT "information_requests_inquiry_id_inquiries_id_fk" FOREIGN KEY ("inquiry_id") REFERENCES "inquiries"."inquiries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inquiries"."inquiry_assessments" ADD CONSTRAINT "inquiry_assessments_inquiry_id_inquiries_id_fk" FOREIGN KEY ("inquiry_id") REFERENCES "inquiries"."inquiries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inquiries"."inquiry_events" ADD CONSTRAINT "inquiry_events_inquiry_id_inquiries_id_fk" FOREIGN KEY ("inquiry_id") REFERENCES "inquiries"."inquiries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inquiries"."inquiry_forwards" ADD CONSTRAINT "inquiry_forwards_inquiry_id_inquiries_id_fk" FOREIGN KEY ("inquiry_id") REFERENCES "inquiries"."inquiries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "information_requests_inquiry_idx" ON "inquiries"."information_requests" USING btree ("inquiry_id","asked_at");--> statement-breakpoint
CREATE INDEX "inquiry_events_inquiry_idx" ON "inquiries"."inquiry_events" USING btree ("inquiry_id","at");--> statement-breakpoint
CREATE INDEX "inquiry_forwards_cluster_idx" ON "inquiries"."inquiry_forwards" USING btree ("cluster_id");--> statement-breakpoint
ALTER TABLE "inquiries"."inquiries" ADD CONSTRAINT "inquiries_newsletter_section_id_newsletter_sections_id_fk" FOREIGN KEY ("newsletter_section_id") REFERENCES "inquiries"."newsletter_sections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "inquiries_party_content_unique" ON "inquiries"."inquiries" USING btree ("party_id","content_hash");--> statement-breakpoint
CREATE INDEX "inquiries_pending_newsletter_idx" ON "inquiries"."inquiries" USING btree ("decided_at") WHERE "inquiries"."inquiries"."decision" = 'NEWSLETTER' and "inquiries"."inquiries"."newsletter_section_id" is null;--> statement-breakpoint
ALTER TABLE "inquiries"."inquiries" ADD CONSTRAINT "inquiries_period_ordered" CHECK ("inquiries"."inquiries"."ends_on" is null or "inquiries"."inquiries"."starts_on" is null or "inquiries"."inquiries"."ends_on" >= "inquiries"."inquiries"."starts_on");--> statement-breakpoint
-- Inquiries decided before decisions were recorded: kept as declined, with a reason saying so.
UPDATE "inquiries"."inquiries" SET "decision" = 'DECLINE', "decision_reason" = 'Afgjort før Klyngehub registrerede beslutninger.', "decided_at" = "submitted_at", "decided_by" = 'migration' WHERE "status" = 'DECIDED';--> statement-breakpoint
ALTER TABLE "inquiries"."inquiries" ADD CONSTRAINT "inquiries_decided_has_decision" CHECK (("inquiries"."inquiries"."status" = 'DECIDED') = ("inquiries"."inquiries"."decision" is not null));--> statement-breakpoint
-- The history of an inquiry is a record: nobody changes or removes an entry.
CREATE FUNCTION "inquiries"."refuse_change_to_record"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "inquiry_events_append_only"
  BEFORE UPDATE OR DELETE OR TRUNCATE ON "inquiries"."inquiry_events"
  FOR EACH STATEMENT EXECUTE FUNCTION "inquiries"."refuse_change_to_record"();
