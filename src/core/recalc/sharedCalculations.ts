import { computeDepreciation } from '../finance/assetDepreciation';
import { computeTco } from '../finance/tco';
import { computeLicenseCompliance } from '../licensing/licensePosition';
import { computeRenewals } from '../renewals/renewalSchedule';
import { memoizedByContext } from '../risk/contextMemo';

/**
 * Calculations that several summary views of one recalculation need. Each runs once per recalculation
 * context, and every view receives the same result object, so no view may change it.
 */

/** TCO lines, for the TCO sheet and the Dashboard. */
export const tcoOf = memoizedByContext(computeTco);

/** Depreciation lines, for the Depreciation sheet and the Dashboard. */
export const depreciationOf = memoizedByContext(computeDepreciation);

/** License positions, for the License Compliance, Risks and Dashboard sheets. */
export const licenseComplianceOf = memoizedByContext(computeLicenseCompliance);

/** Renewal items, for the Renewals, Risks and Dashboard sheets and the reminder recipient check. */
export const renewalsOf = memoizedByContext(computeRenewals);
