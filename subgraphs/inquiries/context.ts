import type { Viewer } from '../../platform/viewer.js';
import type { InquirySubmissionWorkflow } from './inquiry-submission.js';
import type { InquiryTriageWorkflow } from './inquiry-triage.js';
import type { NewsletterWorkflow } from './newsletter.js';
import type { InquiriesStore } from './store.js';

/** Built once per request, so DataLoaders never share results between callers. */
export interface InquiriesContext {
  viewer: Viewer;
  store: InquiriesStore;
  submission: InquirySubmissionWorkflow;
  triage: InquiryTriageWorkflow;
  newsletter: NewsletterWorkflow;
}
