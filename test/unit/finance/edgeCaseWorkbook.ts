import type { RecalcContext } from '../../../src/core/recalc/view';
import type { Lang } from '../../../src/core/registers/schema';
import { asset, budget, category, contract, financeContext, ledgerEntry, won } from './financeContext';

/**
 * Builds a workbook of finance edge cases on the as-of date 2025-06-30, with fiscal years starting in
 * January. IT-0001 is bought on the 31st and uses declining-balance at 0.451 for 5 years. IT-0002 is past
 * its useful life, and IT-0003 has a salvage value above 5% of cost. IT-0004 and IT-0005 share contract
 * C-1, and IT-0005 also has a double-counted acquisition entry. IT-0006 has no useful life, and IT-0007 is
 * bought after the as-of date. The ledger has an entry after the as-of date and one in dollars. CRM has
 * benefits before costs and Portal has no benefits.
 */
export function edgeCaseWorkbook(lang: Lang = 'en'): RecalcContext {
  return financeContext({
    asOf: '2025-06-30',
    lang,
    settings: { currency: 'KRW', fiscalYearStartMonth: 1, npvDiscountRate: 0.05 },
    data: {
      categories: [
        category(2, { code: 'HW', name: 'Hardware', usefulLifeMonths: 60, depreciationMethod: 'straight_line' }),
        category(3, { code: 'HW-LAPTOP', name: '노트북', parent: 'HW', depreciationMethod: 'declining_balance' }),
        category(4, { code: 'HW-SERVER', name: 'Server', parent: 'HW' }),
      ],
      assets: [
        asset(2, { assetTag: 'IT-0001', name: 'Laptop', category: 'hw-laptop', department: 'IT', investment: 'ERP', purchaseDate: '2024-01-31', purchaseCost: won(1_000_000) }),
        asset(3, { assetTag: 'IT-0002', name: 'DB server', category: 'server', department: 'Ops', purchaseDate: '2019-03-15', purchaseCost: won(6_000_000), salvageValue: won(600_000) }),
        asset(4, {
          assetTag: 'IT-0003',
          name: 'Workstation',
          category: 'HW-LAPTOP',
          department: 'IT',
          purchaseDate: '2024-07-01',
          purchaseCost: won(2_000_000),
          salvageValue: won(400_000),
          usefulLifeMonths: 36,
          depreciationMethod: 'declining_balance',
        }),
        asset(5, { assetTag: 'IT-0004', name: 'Switch', category: 'HW', department: 'Ops', purchaseDate: '2025-01-10', purchaseCost: won(1_500_000) }),
        asset(6, { assetTag: 'IT-0005', name: 'Firewall', category: 'HW', department: 'IT', purchaseDate: '2025-02-28', purchaseCost: won(800_000) }),
        asset(7, { assetTag: 'IT-0006', name: 'Monitor', purchaseDate: '2025-05-20', purchaseCost: won(300_000) }),
        asset(8, { assetTag: 'IT-0007', name: 'Printer', category: 'HW', department: 'Ops', purchaseDate: '2025-07-15', purchaseCost: won(500_000) }),
      ],
      contracts: [contract(2, { contractId: 'C-1', title: 'Network maintenance', assetTags: ['IT-0004', 'IT-0005', 'it-0004'] })],
      ledger: [
        ledgerEntry(2, { date: '2025-03-31', kind: 'cost', costType: 'maintenance', amount: won(240_000), contractId: 'C-1', department: 'Ops' }),
        ledgerEntry(3, { date: '2025-02-28', kind: 'cost', costType: 'acquisition', amount: won(800_000), assetTag: 'IT-0005', department: 'IT' }),
        ledgerEntry(4, { date: '2025-04-15', kind: 'cost', costType: 'support', amount: won(50_000), assetTag: 'IT-0001', department: 'IT', investment: 'ERP' }),
        ledgerEntry(5, { date: '2025-08-01', kind: 'cost', costType: 'maintenance', amount: won(99_999), assetTag: 'IT-0001', department: 'IT' }),
        ledgerEntry(6, { date: '2025-05-31', kind: 'benefit', costType: 'disposal', amount: won(200_000), assetTag: 'IT-0002' }),
        ledgerEntry(7, { date: '2024-03-10', kind: 'benefit', costType: 'other', amount: won(400_000), investment: 'ERP' }),
        ledgerEntry(8, { date: '2025-01-20', kind: 'benefit', costType: 'other', amount: won(700_000), investment: 'ERP' }),
        ledgerEntry(9, { date: '2024-11-05', kind: 'benefit', costType: 'other', amount: won(100_000), investment: 'CRM' }),
        ledgerEntry(10, { date: '2024-12-20', kind: 'cost', costType: 'labor', amount: won(300_000), investment: 'CRM', department: 'Sales' }),
        ledgerEntry(11, { date: '2025-02-10', kind: 'benefit', costType: 'other', amount: won(250_000), investment: 'CRM' }),
        ledgerEntry(12, { date: '2025-03-01', kind: 'cost', costType: 'labor', amount: won(120_000), investment: 'Portal', department: 'IT' }),
        ledgerEntry(13, { date: '2025-03-01', kind: 'cost', costType: 'other', amount: { amount: 100, currency: 'USD' }, department: 'IT' }),
      ],
      budgets: [
        budget(2, { fiscalYear: 2025, department: 'IT', costType: 'support', amount: won(40_000) }),
        budget(3, { fiscalYear: 2025, department: 'IT', costType: 'acquisition', amount: won(1_000_000) }),
        budget(4, { fiscalYear: 2025, department: 'Ops', costType: 'maintenance', amount: won(600_000) }),
        budget(5, { fiscalYear: 2024, department: 'Sales', costType: 'labor', amount: won(200_000) }),
      ],
    },
  });
}
