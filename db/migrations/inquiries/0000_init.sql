CREATE SCHEMA "inquiries";
--> statement-breakpoint
CREATE TYPE "inquiries"."inquiry_reach" AS ENUM('ALL_CLUSTERS', 'REGION', 'MUNICIPALITIES');--> statement-breakpoint
CREATE TYPE "inquiries"."inquiry_status" AS ENUM('RECEIVED', 'IN_REVIEW', 'AWAITING_INFORMATION', 'DECIDED');--> statement-breakpoint
CREATE TYPE "inquiries"."party_kind" AS ENUM('RESEARCH_INSTITUTION', 'PATIENT_ASSOCIATION', 'PHARMACEUTICAL_COMPANY', 'OTHER');--> statement-breakpoint
CREATE TABLE "inquiries"."external_parties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" "inquiries"."party_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "external_parties_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "inquiries"."inquiries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"party_id" uuid NOT NULL,
	"title" text NOT NULL,
	"purpose" text NOT NULL,
	"description" text NOT NULL,
	"reach" "inquiries"."inquiry_reach" NOT NULL,
	"reach_region_code" text,
	"reach_municipality_codes" text[] DEFAULT '{}' NOT NULL,
	"status" "inquiries"."inquiry_status" DEFAULT 'RECEIVED' NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "inquiries"."inquiries" ADD CONSTRAINT "inquiries_party_id_external_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "inquiries"."external_parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "inquiries_party_id_idx" ON "inquiries"."inquiries" USING btree ("party_id");--> statement-breakpoint
CREATE INDEX "inquiries_status_idx" ON "inquiries"."inquiries" USING btree ("status");