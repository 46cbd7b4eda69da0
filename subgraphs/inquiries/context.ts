import type { Viewer } from '../../platform/viewer.js';
import type { createInquirySubmission } from './inquiry-submission.js';
import type { createInquiryTriage } from './inquiry-triage.js';
import type { createNewsletter } from './newsletter.js';
import type { InquiriesStore } from './store.js';

/** Built once per request, so DataLoaders never share results between callers. */
export interface InquiriesContext {
  viewer: Viewer;
  store: InquiriesStore;
  submission: ReturnType<typeof createInquirySubmission>;
  triage: ReturnType<typeof createInquiryTriage>;
  newsletter: ReturnType<typeof createNewsletter>;
}
