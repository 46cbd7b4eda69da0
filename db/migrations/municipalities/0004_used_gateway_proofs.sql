CREATE TABLE "municipalities"."used_gateway_proofs" (
	"jti" text PRIMARY KEY NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "used_gateway_proofs_expires_at_idx" ON "municipalities"."used_gateway_proofs" USING btree ("expires_at");