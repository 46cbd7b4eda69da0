CREATE SCHEMA "gateway";
--> statement-breakpoint
CREATE TABLE "gateway"."rate_limit_windows" (
	"caller_key" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"requests" integer NOT NULL,
	CONSTRAINT "rate_limit_windows_caller_key_window_start_pk" PRIMARY KEY("caller_key","window_start")
);
--> statement-breakpoint
CREATE INDEX "rate_limit_windows_start_idx" ON "gateway"."rate_limit_windows" USING btree ("window_start");