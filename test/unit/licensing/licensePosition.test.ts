import { computeLicenseCompliance, licenseStatus, type LicensePosition } from '../../../src/core/licensing/licensePosition';
import { asset, assignment, installation, license, recalcContext } from './recalcContextBuilder';

const AS_OF = '2024-05-31';

const ASSETS = [
  asset(2, { assetTag: 'IT-001', name: 'PC-ALICE', assignedTo: 'alice@corp.kr' }),
  asset(3, { assetTag: 'IT-002', name: 'PC-BOB', assignedTo: 'Bob@corp.kr' }),
  asset(4, { assetTag: 'IT-003', name: 'LAB-01' }),
  asset(5, { assetTag: 'IT-004', name: 'KIOSK' }),
  asset(6, { assetTag: 'IT-005', name: 'KIOSK' }),
];

const LICENSES = [
  license(2, { licenseId: 'L-DEV', software: 'Microsoft Office', metric: 'per_device', quantity: 2, unitCost: { amount: 100000, currency: null }, matchPatterns: 'Microsoft Office*; Office 365*' }),
  license(3, { licenseId: 'L-USR', software: 'Adobe Acrobat', metric: 'per_user', quantity: 10, unitCost: { amount: 50, currency: 'USD' }, matchPatterns: 'Adobe Acrobat*' }),
  license(4, { licenseId: 'L-CON', software: 'Visio', metric: 'concurrent', quantity: 3, unitCost: { amount: 30000, currency: null }, matchPatterns: 'Visio*' }),
  license(5, { licenseId: 'L-SITE', software: '7-Zip', metric: 'site', unitCost: { amount: 1000000, currency: null }, matchPatterns: '7-Zip*' }),
  license(6, { licenseId: 'L-EXP', software: 'WinRAR', metric: 'per_device', quantity: 5, unitCost: { amount: 40000, currency: null }, expiryDate: '2024-05-30', matchPatterns: 'WinRAR*' }),
  license(7, { licenseId: 'L-TODAY', software: 'Hangul', metric: 'per_device', quantity: 1, expiryDate: AS_OF }),
  license(8, { licenseId: 'L-REDUCED', software: 'Jira', metric: 'per_user', quantity: 2 }),
  license(9, { licenseId: 'L-NOMETRIC', software: 'Notepad++', matchPatterns: 'Notepad++*' }),
  license(10, { licenseId: 'L-NOQTY', software: 'Figma', metric: 'per_device' }),
];

const ASSIGNMENTS = [
  assignment(2, { licenseId: 'L-DEV', assetTag: 'IT-001', assignedDate: '2024-01-02' }),
  assignment(3, { licenseId: 'L-DEV', assetTag: 'IT-001', user: 'alice@corp.kr' }),
  assignment(4, { licenseId: 'L-DEV', assetTag: 'IT-002', removedDate: '2024-05-01' }),
  assignment(5, { licenseId: 'L-DEV', assetTag: 'IT-002', assignedDate: '2024-05-02', removedDate: '2024-06-30' }),
  assignment(6, { licenseId: 'L-DEV', assetTag: 'IT-999' }),
  assignment(7, { licenseId: 'L-USR', assetTag: 'IT-001', user: 'alice@corp.kr' }),
  assignment(8, { licenseId: 'L-USR', user: ' Alice@Corp.kr' }),
  assignment(9, { licenseId: 'L-USR', user: 'carol@corp.kr', assignedDate: '2024-06-10' }),
  assignment(10, { licenseId: 'L-USR', user: 'dave@corp.kr', removedDate: AS_OF }),
  assignment(11, { licenseId: 'L-CON', user: 'erin' }),
  assignment(12, { licenseId: 'L-CON', user: 'frank' }),
  assignment(13, { licenseId: 'L-CON', assetTag: 'IT-004' }),
  assignment(14, { licenseId: 'L-CON', user: 'Erin' }),
  assignment(15, { licenseId: 'L-SITE' }),
  assignment(16, { licenseId: 'L-TODAY', assetTag: 'IT-001' }),
  assignment(17, { licenseId: 'L-REDUCED', user: 'u1' }),
  assignment(18, { licenseId: 'L-REDUCED', user: 'u2' }),
  assignment(19, { licenseId: 'L-REDUCED', user: 'u3' }),
  assignment(20, { licenseId: 'L-REDUCED', user: 'u4' }),
  assignment(21, { licenseId: 'L-GHOST', assetTag: 'IT-001' }),
  assignment(22, { licenseId: 'l-dev', assetTag: 'IT-003' }),
];

const INSTALLATIONS = [
  installation(2, { assetTag: 'PC-ALICE', software: 'Microsoft Office Professional Plus 2019' }),
  installation(3, { assetTag: 'LAB-01', software: 'Office 365 ProPlus' }),
  installation(4, { assetTag: 'UNKNOWN-PC', software: 'microsoft office standard' }),
  installation(5, { assetTag: 'IT-002', software: 'Adobe Acrobat Reader DC' }),
  installation(6, { assetTag: 'LAB-01', software: 'Adobe Acrobat Pro' }),
  installation(7, { assetTag: 'pc-alice', software: 'adobe acrobat reader' }),
  installation(8, { assetTag: 'PC-BOB', software: 'Visio Professional' }),
  installation(9, { assetTag: 'it-001', software: '7-Zip 23.01' }),
  installation(10, { assetTag: 'IT-002', software: '7-Zip 23.01 (x64)' }),
  installation(11, { assetTag: 'IT-004', software: 'WinRAR 6.24' }),
  installation(12, { assetTag: 'IT-001', software: 'Notepad++ 8.6' }),
  installation(13, { assetTag: 'IT-001', software: 'Google Chrome' }),
  installation(14, { assetTag: 'IT-002', software: 'Google Chrome' }),
  installation(15, { assetTag: 'PC-ALICE', software: 'google chrome ' }),
  installation(16, { assetTag: 'IT-003', software: 'Slack' }),
  installation(17, { assetTag: 'KIOSK', software: 'Chrome Remote Desktop' }),
  installation(18, { assetTag: 'IT-001', software: 'Zoom' }),
  installation(19, { assetTag: 'IT-002', software: 'Zoom' }),
  installation(20, { assetTag: 'IT-003', software: 'Zoom' }),
  installation(21, { assetTag: 'IT-001', software: 'Microsoft Teams', installDate: '2024-06-15' }),
  installation(22, { assetTag: 'UNKNOWN-PC', software: 'Zoom' }),
];

function compute() {
  return computeLicenseCompliance(
    recalcContext({
      asOf: AS_OF,
      data: { assets: ASSETS, licenses: LICENSES, licenseAssignments: ASSIGNMENTS, installations: INSTALLATIONS },
      locations: {
        licenseAssignments: { sheetName: '라이선스 할당', columns: { licenseId: 1, assetTag: 2, user: 3, assignedDate: 4, removedDate: 5 } },
        installations: { sheetName: '설치 현황', columns: { assetTag: 1, software: 2 } },
        licenses: { sheetName: '라이선스', columns: { licenseId: 1, software: 2, metric: 4, quantity: 5 } },
        assets: { sheetName: '자산', columns: { assetTag: 1 } },
      },
    }),
  );
}

function positionOf(licenseId: string): LicensePosition {
  const found = compute().positions.find((position) => position.licenseId === licenseId);
  if (!found) {
    throw new Error(`No position for ${licenseId}`);
  }
  return found;
}

describe('computeLicenseCompliance usage', () => {
  it('counts per device seats once per device', () => {
    // IT-001 (two assignments and an install via hostname), IT-002 (removed after the as-of date),
    // IT-999 (unknown tag), IT-003 (install via hostname and a lower-case ID), UNKNOWN-PC (install only).
    const position = positionOf('L-DEV');
    expect(position.used).toBe(5);
    expect(position.entitled).toBe(2);
    expect(position.position).toBe(-3);
    expect(position.status).toBe('over_deployed');
    expect(position.exposure).toBe(300000);
    expect(position.savings).toBe(0);
    expect(position.currency).toBe('KRW');
  });

  it('counts per user seats once per person', () => {
    // alice: user and device on one row, again with other case, and via PC-ALICE; bob via IT-002's install.
    // carol starts after the as-of date, dave was removed on it, and LAB-01 has nobody assigned.
    const position = positionOf('L-USR');
    expect(position.used).toBe(2);
    expect(position.position).toBe(8);
    expect(position.status).toBe('under_used');
    expect(position.savings).toBe(400);
    expect(position.exposure).toBe(0);
    expect(position.currency).toBe('USD');
  });

  it('counts concurrent assignments, not installations', () => {
    const position = positionOf('L-CON');
    expect(position.used).toBe(3);
    expect(position.position).toBe(0);
    expect(position.status).toBe('compliant');
  });

  it('reports a site license as unlimited', () => {
    const position = positionOf('L-SITE');
    expect(position.used).toBe(3);
    expect(position.entitled).toBeNull();
    expect(position.position).toBeNull();
    expect(position.status).toBe('unlimited');
    expect(position.exposure).toBe(0);
    expect(position.savings).toBe(0);
  });

  it('flags an expired license still installed', () => {
    const position = positionOf('L-EXP');
    expect(position.used).toBe(1);
    expect(position.status).toBe('expired_in_use');
    expect(position.savings).toBe(0);
  });

  it('keeps a license valid on its expiry date', () => {
    const position = positionOf('L-TODAY');
    expect(position.used).toBe(1);
    expect(position.status).toBe('compliant');
  });

  it('shows seats reduced below those assigned', () => {
    const position = positionOf('L-REDUCED');
    expect(position.used).toBe(4);
    expect(position.position).toBe(-2);
    expect(position.status).toBe('over_deployed');
    expect(position.exposure).toBeNull();
  });

  it('counts a blank quantity as zero seats', () => {
    const position = positionOf('L-NOQTY');
    expect(position.entitled).toBe(0);
    expect(position.used).toBe(0);
    expect(position.position).toBe(0);
    expect(position.status).toBe('compliant');
  });

  it('leaves out a license without a metric', () => {
    expect(compute().positions.map((position) => position.licenseId)).toEqual(['L-DEV', 'L-USR', 'L-CON', 'L-SITE', 'L-EXP', 'L-TODAY', 'L-REDUCED', 'L-NOQTY']);
  });
});

describe('computeLicenseCompliance unlicensed software', () => {
  it('lists titles no pattern covers by distinct devices', () => {
    expect(compute().unlicensed).toEqual([
      { software: 'Zoom', installs: 4 },
      { software: 'Google Chrome', installs: 2 },
      { software: 'Chrome Remote Desktop', installs: 1 },
      { software: 'Slack', installs: 1 },
    ]);
  });
});

describe('computeLicenseCompliance findings', () => {
  it('reports broken references and missing values', () => {
    const findings = compute().findings.map((finding) => ({ code: finding.code, sheet: finding.sheet, cell: finding.cell, value: finding.value, params: finding.params }));
    expect(findings).toEqual([
      { code: 'licensing.finding.unknownAsset', sheet: '라이선스 할당', cell: 'B6', value: 'IT-999', params: { assetTag: 'IT-999', sheet: '자산' } },
      { code: 'licensing.finding.noHolder', sheet: '라이선스 할당', cell: 'C15', value: '', params: { licenseId: 'L-SITE' } },
      { code: 'licensing.finding.unknownLicense', sheet: '라이선스 할당', cell: 'A21', value: 'L-GHOST', params: { licenseId: 'L-GHOST', sheet: '라이선스' } },
      { code: 'licensing.finding.unknownHost', sheet: '설치 현황', cell: 'A4', value: 'UNKNOWN-PC', params: { host: 'UNKNOWN-PC', sheet: '자산' } },
      { code: 'licensing.finding.ambiguousHost', sheet: '설치 현황', cell: 'A17', value: 'KIOSK', params: { host: 'KIOSK', sheet: '자산', rows: '5, 6' } },
      { code: 'licensing.finding.unitCostOtherCurrency', sheet: '라이선스', cell: null, value: '50 USD', params: { licenseId: 'L-USR', currency: 'USD', expected: 'KRW' } },
      { code: 'licensing.finding.metricMissing', sheet: '라이선스', cell: 'D9', value: '', params: { licenseId: 'L-NOMETRIC' } },
      { code: 'licensing.finding.quantityMissing', sheet: '라이선스', cell: 'E10', value: '', params: { licenseId: 'L-NOQTY' } },
    ]);
  });

  it('marks reference findings as warnings', () => {
    expect(compute().findings.every((finding) => finding.severity === 'warning')).toBe(true);
  });
});

describe('computeLicenseCompliance per user resolution', () => {
  it('counts a device assignment as its assigned user', () => {
    const compliance = computeLicenseCompliance(
      recalcContext({
        asOf: AS_OF,
        data: {
          assets: ASSETS,
          licenses: [license(2, { licenseId: 'L-1', metric: 'per_user', quantity: 1 })],
          licenseAssignments: [assignment(2, { licenseId: 'L-1', assetTag: 'IT-002' }), assignment(3, { licenseId: 'L-1', user: 'bob@corp.kr' })],
        },
      }),
    );
    expect(compliance.positions[0].used).toBe(1);
  });

  it('counts a per device seat named by user only', () => {
    const compliance = computeLicenseCompliance(
      recalcContext({
        asOf: AS_OF,
        data: {
          assets: ASSETS,
          licenses: [license(2, { licenseId: 'L-1', metric: 'per_device', quantity: 5 })],
          licenseAssignments: [assignment(2, { licenseId: 'L-1', user: 'erin' }), assignment(3, { licenseId: 'L-1', user: 'ERIN' }), assignment(4, { licenseId: 'L-1', assetTag: 'IT-001' })],
        },
      }),
    );
    expect(compliance.positions[0].used).toBe(2);
  });
});

describe('licenseStatus', () => {
  const status = (used: number, entitled = 10, expiry: string | null = null) => licenseStatus('per_device', entitled, used, expiry, AS_OF, 0.7);

  it('treats the threshold itself as compliant', () => {
    expect(status(7)).toBe('compliant');
    expect(status(6)).toBe('under_used');
  });

  it('keeps the exact threshold compliant', () => {
    expect(licenseStatus('per_device', 100, 7, null, AS_OF, 0.07)).toBe('compliant');
    expect(licenseStatus('per_device', 100, 6, null, AS_OF, 0.07)).toBe('under_used');
    expect(licenseStatus('per_user', 300, 21, null, AS_OF, 0.07)).toBe('compliant');
  });

  it('treats all seats used as compliant', () => {
    expect(status(10)).toBe('compliant');
    expect(status(11)).toBe('over_deployed');
  });

  it('treats no seats and no use as compliant', () => {
    expect(status(0, 0)).toBe('compliant');
  });

  it('checks expiry before the seat count', () => {
    expect(status(11, 10, '2024-05-30')).toBe('expired_in_use');
    expect(status(1, 10, '2024-05-30')).toBe('expired_in_use');
    expect(status(0, 10, '2024-05-30')).toBe('under_used');
    expect(status(11, 10, AS_OF)).toBe('over_deployed');
  });

  it('reports site licenses as unlimited unless expired in use', () => {
    expect(licenseStatus('site', 0, 500, null, AS_OF, 0.7)).toBe('unlimited');
    expect(licenseStatus('site', 0, 500, '2024-01-01', AS_OF, 0.7)).toBe('expired_in_use');
  });
});

describe('license pools', () => {
  const poolAssets = Array.from({ length: 20 }, (_, index) => asset(index + 2, { assetTag: `PC-${index + 1}`, name: `PC-${index + 1}` }));
  const installs = (count: number) =>
    Array.from({ length: count }, (_, index) => installation(index + 2, { assetTag: `PC-${index + 1}`, software: 'Hancom Office 2022' }));
  const lot = (row: number, id: string, quantity: number, expiryDate: string | null = null) =>
    license(row, { licenseId: id, software: 'Hancom Office', metric: 'per_device', quantity, expiryDate, unitCost: { amount: 100, currency: null }, matchPatterns: 'Hancom Office*' });
  const used = (positions: readonly LicensePosition[], id: string) => positions.find((position) => position.licenseId === id)?.used;

  test('installs fill lots in sheet order', () => {
    const context = recalcContext({ asOf: AS_OF, data: { assets: poolAssets, licenses: [lot(2, 'HC-1', 10), lot(3, 'HC-2', 5)], installations: installs(12) } });
    const { positions } = computeLicenseCompliance(context);
    expect(used(positions, 'HC-1')).toBe(10);
    expect(used(positions, 'HC-2')).toBe(2);
    expect(positions.map((position) => position.status)).toEqual(['compliant', 'under_used']);
  });

  test('pool shortfall lands on last lot', () => {
    const context = recalcContext({ asOf: AS_OF, data: { assets: poolAssets, licenses: [lot(2, 'HC-1', 10), lot(3, 'HC-2', 5)], installations: installs(20) } });
    const { positions } = computeLicenseCompliance(context);
    expect(used(positions, 'HC-1')).toBe(10);
    expect(used(positions, 'HC-2')).toBe(10);
    expect(positions.find((position) => position.licenseId === 'HC-2')?.position).toBe(-5);
  });

  test('expired lot gets no installs while another is valid', () => {
    const context = recalcContext({ asOf: AS_OF, data: { assets: poolAssets, licenses: [lot(2, 'HC-OLD', 10, '2024-01-31'), lot(3, 'HC-NEW', 10)], installations: installs(4) } });
    const { positions } = computeLicenseCompliance(context);
    expect(used(positions, 'HC-OLD')).toBe(0);
    expect(used(positions, 'HC-NEW')).toBe(4);
  });

  test('all lots expired keeps installs on them', () => {
    const context = recalcContext({ asOf: AS_OF, data: { assets: poolAssets, licenses: [lot(2, 'HC-OLD', 2, '2024-01-31')], installations: installs(3) } });
    const { positions } = computeLicenseCompliance(context);
    expect(used(positions, 'HC-OLD')).toBe(3);
    expect(positions[0].status).toBe('expired_in_use');
  });
});
