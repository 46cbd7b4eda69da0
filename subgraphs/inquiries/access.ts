import type { Viewer } from '../common/viewer.js';
import type { InquiryRow } from './store.js';

/** KiAP triages every inquiry, so only KiAP sees the whole queue. */
export function canListAllInquiries(viewer: Viewer): boolean {
  return viewer.kind === 'kiap';
}

/** A party sees its own inquiries; KiAP sees all. */
export function canReadInquiry(viewer: Viewer, inquiry: InquiryRow): boolean {
  return viewer.kind === 'kiap' || (viewer.kind === 'external' && viewer.partyId === inquiry.partyId);
}
