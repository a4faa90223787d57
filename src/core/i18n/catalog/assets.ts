import { defineCatalog } from '../defineCatalog';

/** Messages for adding and moving assets (sidebar and CLI). */
export const assetsMessages = defineCatalog({
  en: {
    'assets.input.notAnObject': 'The request is invalid: expected the asset form fields. Reload the panel and try again.',
    'assets.input.unknownField': 'Unknown field "{field}". Reload the panel and try again.',
    'assets.input.notText': '{field} must be text.',
    'assets.input.tagTaken': 'Asset tag {value} is already used. Leave it blank to get the next free tag.',
    'assets.action.notAllowed': 'Moving an asset from "{from}" to "{to}" is not allowed by the transition table in Settings.',
    'assets.action.checkOutTarget': 'Enter the person or the location the asset goes to.',
    'assets.action.disposalDate': 'Enter the disposal date, for example 2025-02-03.',
    'assets.ledger.disposalProceeds': 'Disposal proceeds',
  },
  ko: {
    'assets.input.notAnObject': '요청이 올바르지 않습니다. 자산 입력 항목이 필요합니다. 패널을 새로 고친 뒤 다시 시도하세요.',
    'assets.input.unknownField': '알 수 없는 항목 "{field}"입니다. 패널을 새로 고친 뒤 다시 시도하세요.',
    'assets.input.notText': '{field}은(는) 텍스트여야 합니다.',
    'assets.input.tagTaken': '자산번호 {value}은(는) 이미 사용 중입니다. 비워 두면 다음 번호가 자동으로 부여됩니다.',
    'assets.action.notAllowed': '설정의 상태 전환 표에 따라 "{from}"에서 "{to}"(으)로 바꿀 수 없습니다.',
    'assets.action.checkOutTarget': '자산을 받을 사람이나 위치를 입력하세요.',
    'assets.action.disposalDate': '폐기일을 입력하세요 (예: 2025-02-03).',
    'assets.ledger.disposalProceeds': '폐기 처분 수입',
  },
});
