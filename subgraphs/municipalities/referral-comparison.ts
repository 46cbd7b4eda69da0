import { addMonths, dateToMonth, monthOf } from './months.js';
import type { BookingRow, MunicipalOfferRow, ReferralCountRow } from './store.js';

export interface OfferReferralsResult {
  offer: MunicipalOfferRow;
  referrals: number;
}

export interface ReferralWindowResult {
  kind: 'BEFORE_MEETING' | 'AFTER_MEETING' | 'AFTER_FOLLOW_UP';
  fromMonth: string;
  toMonth: string;
  perOffer: OfferReferralsResult[];
  total: number;
}

/**
 * Whether a meeting has referrals to compare: a held meeting of the prevention and
 * rehabilitation package, the one package for which the municipality counts referrals to its
 * offers and brings them (KiAP's description of the municipality's tasks). The acute
 * functions' referrals are not counted, so such a meeting would only ever show zeros.
 */
export function hasReferralComparison(booking: Pick<BookingRow, 'status' | 'package' | 'confirmedStartsAt'>): boolean {
  return booking.status === 'HELD' && booking.confirmedStartsAt !== null && booking.package === 'PREVENTION_AND_REHABILITATION';
}

/**
 * Referrals per offer in equal windows of months: before the meeting's month, after it,
 * and after the follow-up's month once that was held. The meeting months themselves are
 * left out, so each window is whole months on one side of a meeting.
 */
export function compareReferrals(input: {
  booking: BookingRow;
  followUp: BookingRow | undefined;
  months: number;
  offers: MunicipalOfferRow[];
  counts: ReferralCountRow[];
}): ReferralWindowResult[] {
  const offers = input.offers.filter((offer) => offer.kind === 'PREVENTION_AND_REHABILITATION');
  const meetingMonth = monthOf(input.booking.confirmedStartsAt!);
  const windows: Omit<ReferralWindowResult, 'perOffer' | 'total'>[] = [
    { kind: 'BEFORE_MEETING', fromMonth: addMonths(meetingMonth, -input.months), toMonth: addMonths(meetingMonth, -1) },
    { kind: 'AFTER_MEETING', fromMonth: addMonths(meetingMonth, 1), toMonth: addMonths(meetingMonth, input.months) },
  ];
  if (input.followUp?.status === 'HELD') {
    const followUpMonth = monthOf(input.followUp.confirmedStartsAt!);
    windows.push({ kind: 'AFTER_FOLLOW_UP', fromMonth: addMonths(followUpMonth, 1), toMonth: addMonths(followUpMonth, input.months) });
  }
  return windows.map((window) => {
    const perOffer = offers.map((offer) => ({
      offer,
      referrals: input.counts
        .filter((c) => c.offerId === offer.id && dateToMonth(c.month) >= window.fromMonth && dateToMonth(c.month) <= window.toMonth)
        .reduce((sum, c) => sum + c.referrals, 0),
    }));
    return { ...window, perOffer, total: perOffer.reduce((sum, o) => sum + o.referrals, 0) };
  });
}
