import { drizzle } from 'drizzle-orm/postgres-js';
import { connect } from '../../platform/database.js';
import { loadMunicipalities, loadRegions } from '../reference-data.js';
import {
  clusters,
  meetings,
  members,
  officers,
  packages,
  packageOrders,
  orderParticipants,
  practiceSteps,
  questionnaireTemplates,
  questionnaireRounds,
  questionnaireRespondents,
  questionnaireResponses,
  practiceDepartures,
  practices,
  registerEvents,
  registerVersions,
} from '../../subgraphs/clusters/tables.js';
import {
  bookingEvents,
  bookingSlots,
  clusterCoverage,
  municipalOffers,
  packageBookings,
  referralCounts,
} from '../../subgraphs/municipalities/tables.js';
import {
  externalParties,
  informationRequests,
  inquiries,
  inquiryAssessments,
  inquiryEvents,
  inquiryForwards,
} from '../../subgraphs/inquiries/tables.js';
import { offerAudienceClusters, offerRequests, regionalOffers } from '../../subgraphs/offers/tables.js';
import { buildDemoData } from './demo-data.js';

export interface SeedResult {
  seeded: boolean;
  clusters: number;
}

/**
 * Loads the demo data into a migrated database, in one transaction, and only into an empty
 * one: an existing hub's data is never overwritten.
 */
export async function seedDemoData(adminUrl: string, options: { today?: Date } = {}): Promise<SeedResult> {
  const sql = connect(adminUrl, { applicationName: 'klyngehub-seed', maxConnections: 1 });
  try {
    return await drizzle(sql).transaction(async (tx) => {
      await tx.execute("select pg_advisory_xact_lock(hashtext('klyngehub-seed'))");
      const existing = await tx.$count(clusters);
      if (existing > 0) return { seeded: false, clusters: existing };
      const data = buildDemoData({ regions: loadRegions(), municipalities: loadMunicipalities() }, options.today ?? new Date());
      await tx.insert(packages).values(data.packages);
      await tx.insert(clusters).values(data.clusters);
      await tx.insert(clusterCoverage).values(data.clusterCoverage);
      await tx.insert(municipalOffers).values(data.municipalOffers);
      await tx.insert(packageBookings).values(data.packageBookings);
      await tx.insert(bookingSlots).values(data.bookingSlots);
      await tx.insert(bookingEvents).values(data.bookingEvents);
      await tx.insert(referralCounts).values(data.referralCounts);
      await tx.insert(practices).values(data.practices);
      await tx.insert(officers).values(data.officers);
      await tx.insert(members).values(data.members);
      await tx.insert(registerVersions).values(data.registerVersions);
      await tx.insert(registerEvents).values(data.registerEvents);
      await tx.insert(practiceDepartures).values(data.practiceDepartures);
      await tx.insert(meetings).values(data.meetings);
      await tx.insert(questionnaireTemplates).values(data.questionnaireTemplates);
      await tx.insert(packageOrders).values(data.packageOrders);
      await tx.insert(orderParticipants).values(data.orderParticipants);
      await tx.insert(practiceSteps).values(data.practiceSteps);
      await tx.insert(questionnaireRounds).values(data.questionnaireRounds);
      await tx.insert(questionnaireRespondents).values(data.questionnaireRespondents);
      await tx.insert(questionnaireResponses).values(data.questionnaireResponses);
      await tx.insert(regionalOffers).values(data.regionalOffers);
      await tx.insert(offerAudienceClusters).values(data.offerAudienceClusters);
      await tx.insert(offerRequests).values(data.offerRequests);
      await tx.insert(externalParties).values(data.externalParties);
      await tx.insert(inquiries).values(data.inquiries);
      await tx.insert(inquiryAssessments).values(data.inquiryAssessments);
      await tx.insert(informationRequests).values(data.informationRequests);
      await tx.insert(inquiryForwards).values(data.inquiryForwards);
      await tx.insert(inquiryEvents).values(data.inquiryEvents);
      return { seeded: true, clusters: data.clusters.length };
    });
  } finally {
    await sql.end();
  }
}
