import { describe, expect, it } from 'vitest';
import { loadMunicipalities, loadRegions } from '../db/reference-data.js';
import { buildDemoData, FIGURES } from '../db/seed/demo-data.js';
import { danishToday, followUpWindow } from '../subgraphs/clusters/package-order-rules.js';
import { aggregate, type StoredResponse } from '../subgraphs/clusters/questionnaire-results.js';
import type { Question } from '../subgraphs/clusters/questionnaire-model.js';

const reference = { regions: loadRegions(), municipalities: loadMunicipalities() };
const today = new Date('2026-11-22T00:00:00Z');

describe('demo data', () => {
  it('is the same every time for the same day', () => {
    expect(buildDemoData(reference, today)).toEqual(buildDemoData(reference, today));
  });

  it('follows the real figures', () => {
    const data = buildDemoData(reference, today);
    expect(data.clusters).toHaveLength(FIGURES.clusters);
    const doctors = data.practices.reduce((sum, p) => sum + p.doctorCount, 0);
    expect(doctors).toBe(FIGURES.doctors);
    expect(new Set(data.practices.map((p) => p.providerNumber)).size).toBe(data.practices.length);
    // Every municipality is covered, each cluster lies in one region.
    expect(new Set(data.clusterCoverage.map((m) => m.municipalityCode)).size).toBe(98);
    const regionOf = new Map(reference.municipalities.map((m) => [m.code, m.regionCode]));
    for (const cluster of data.clusters) {
      const codes = data.clusterCoverage.filter((m) => m.clusterId === cluster.id).map((m) => m.municipalityCode);
      expect(codes.every((code) => regionOf.get(code) === cluster.regionCode)).toBe(true);
    }
  });

  it('gives every cluster exactly one coordinator, with contact details only at example domains', () => {
    const data = buildDemoData(reference, today);
    for (const cluster of data.clusters) {
      expect(data.officers.filter((o) => o.clusterId === cluster.id && o.role === 'COORDINATOR')).toHaveLength(1);
    }
    for (const officer of data.officers) {
      expect(officer.email).toMatch(/@example\.(org|com)$/);
      expect(officer.phone).toMatch(/^\+45[2-9]\d{7}$/);
    }
  });

  it('holds package orders at every stage, answered rounds with figures small enough to hide, and follow-ups due and overdue', () => {
    const data = buildDemoData(reference, today);
    expect(new Set(data.packageOrders.map((o) => o.status))).toEqual(new Set(['ORDERED', 'PREPARING', 'HELD', 'CLOSED', 'CANCELLED']));
    const states = data.packageOrders
      .filter((o) => o.status === 'HELD' && !data.packageOrders.some((f) => f.followUpOf === o.id))
      .map((o) => followUpWindow(o.heldOn!, danishToday(today), false).state);
    expect(new Set(states)).toEqual(new Set(['NOT_YET_DUE', 'DUE', 'OVERDUE']));
    const closed = data.questionnaireRounds.filter((r) => r.closedAt);
    expect(closed.length).toBeGreaterThan(2);
    const hidden = closed.flatMap((round) =>
      aggregate(
        round.questions as Question[],
        data.questionnaireResponses.filter((r) => r.roundId === round.id) as StoredResponse[],
        5,
      ).flatMap((cell) => cell.options.filter((o) => o.overall.hidden)),
    );
    expect(hidden.length).toBeGreaterThan(0);
    // A meeting facilitated by the region, asked for the order's own meeting.
    expect(data.offerRequests.some((r) => r.packageOrderId && data.packageOrders.some((o) => o.id === r.packageOrderId))).toBe(true);
    // Every municipal meeting held belongs to an order.
    expect(data.packageBookings.filter((b) => b.status === 'HELD' && b.orderId).length).toBeGreaterThan(10);
    // Who answered and what was answered: as many of one as of the other, and never a member on a response.
    expect(data.questionnaireRespondents).toHaveLength(data.questionnaireResponses.length);
    for (const response of data.questionnaireResponses)
      expect(Object.keys(response).sort()).toEqual(['answers', 'practiceForm', 'responseKey', 'roundId']);
  });
});
