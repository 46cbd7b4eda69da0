ALTER TABLE "inquiries"."external_parties" DROP CONSTRAINT "external_parties_name_unique";--> statement-breakpoint
ALTER TABLE "inquiries"."external_parties" ADD COLUMN "named_by_cluster_id" uuid;--> statement-breakpoint
CREATE UNIQUE INDEX "external_parties_registered_name_key" ON "inquiries"."external_parties" USING btree ("name") WHERE "inquiries"."external_parties"."named_by_cluster_id" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "external_parties_named_by_cluster_key" ON "inquiries"."external_parties" USING btree ("named_by_cluster_id","name") WHERE "inquiries"."external_parties"."named_by_cluster_id" is not null;--> statement-breakpoint
-- Inquiries forwarded before this migration were attached to a party by name; each
-- forwarding cluster gets a party of its own under that name, and its inquiries move there.
INSERT INTO "inquiries"."external_parties" ("name", "kind", "named_by_cluster_id")
SELECT DISTINCT p."name", p."kind", i."forwarded_by_cluster_id"
FROM "inquiries"."inquiries" i JOIN "inquiries"."external_parties" p ON p."id" = i."party_id"
WHERE i."source" = 'CLUSTER_FORWARD' AND i."forwarded_by_cluster_id" IS NOT NULL;--> statement-breakpoint
UPDATE "inquiries"."inquiries" i SET "party_id" = np."id"
FROM "inquiries"."external_parties" op, "inquiries"."external_parties" np
WHERE i."source" = 'CLUSTER_FORWARD' AND op."id" = i."party_id"
  AND np."named_by_cluster_id" = i."forwarded_by_cluster_id" AND np."name" = op."name";
