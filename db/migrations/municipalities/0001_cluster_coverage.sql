CREATE TABLE "municipalities"."cluster_coverage" (
	"cluster_id" uuid NOT NULL,
	"municipality_code" text NOT NULL,
	CONSTRAINT "cluster_coverage_cluster_id_municipality_code_pk" PRIMARY KEY("cluster_id","municipality_code")
);
--> statement-breakpoint
ALTER TABLE "municipalities"."cluster_coverage" ADD CONSTRAINT "cluster_coverage_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "municipalities"."municipalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cluster_coverage_municipality_code_idx" ON "municipalities"."cluster_coverage" USING btree ("municipality_code");--> statement-breakpoint
-- Coverage used to live in the clusters schema; a database from before keeps its data.
-- (Migrations run as the database owner and municipalities' run before clusters'.)
DO $$
BEGIN
  IF to_regclass('clusters.cluster_municipalities') IS NOT NULL THEN
    INSERT INTO "municipalities"."cluster_coverage" ("cluster_id", "municipality_code")
    SELECT "cluster_id", "municipality_code" FROM "clusters"."cluster_municipalities"
    ON CONFLICT DO NOTHING;
  END IF;
END $$;
