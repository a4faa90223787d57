import type { SummaryView } from '../recalc/view';
import { renewalsView } from '../renewals/renewalsView';
import { vendorSummaryView } from '../vendors/vendorSummaryView';
import { licenseComplianceView } from './licenseComplianceView';

/** The License Compliance, Renewals and Vendor Summary views, in their tab order. */
export const licensingViews: SummaryView[] = [licenseComplianceView, renewalsView, vendorSummaryView];
