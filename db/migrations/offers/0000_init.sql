CREATE SCHEMA "offers";
--> statement-breakpoint
CREATE TYPE "offers"."offer_kind" AS ENUM('DATA_EXTRACT', 'MEETING_FACILITATION', 'REGIONAL_CLUSTER_PACKAGE', 'PRACTICE_FOLLOW_UP_VISIT', 'COURSE_OR_THEME_DAY', 'OTHER');--> statement-breakpoint
CREATE TYPE "offers"."offer_status" AS ENUM('DRAFT', 'PUBLISHED', 'ARCHIVED');--> statement-breakpoint
CREATE TABLE "offers"."regional_offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" text NOT NULL,
	"kind" "offers"."offer_kind" NOT NULL,
	"status" "offers"."offer_status" DEFAULT 'DRAFT' NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_until" date,
	"capacity" integer,
	"contact_email" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "regional_offers_period_ordered" CHECK ("offers"."regional_offers"."valid_until" is null or "offers"."regional_offers"."valid_until" >= "offers"."regional_offers"."valid_from"),
	CONSTRAINT "regional_offers_capacity_positive" CHECK ("offers"."regional_offers"."capacity" is null or "offers"."regional_offers"."capacity" > 0)
);
--> statement-breakpoint
CREATE INDEX "regional_offers_region_code_status_idx" ON "offers"."regional_offers" USING btree ("region_code","status");