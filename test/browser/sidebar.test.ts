/// <reference lib="dom" />
import type { Browser, Locator, Page } from 'playwright-core';
import { buildSidebarPage, launchChromium, openPanel, seriousViolations, type PanelPage } from './support/panelBrowser';
import { createPanelWorld, removePanelWorld, USER_EMAIL, type PanelWorld } from './support/panelWorld';

/**
 * The built asset panel in headless Chromium, 300 px wide, with google.script.run calling the Apps
 * Script server functions over the GAS fakes. The fixture workbook has two assets in rows 2 and 3
 * (IT-2024-0001 deployed, IT-2024-0002 in stock), and the clock is 2025-01-15 09:00 in Seoul.
 */

let browser: Browser;
let html: string;
let world: PanelWorld;
const panels: PanelPage[] = [];

beforeAll(async () => {
  html = buildSidebarPage();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

afterEach(async () => {
  for (const panel of panels.splice(0)) {
    expect(panel.pageErrors).toEqual([]);
    expect(panel.serverErrors).toEqual([]);
    expect(panel.otherRequests).toEqual([]);
    await panel.context.close();
  }
  removePanelWorld();
});

async function open(): Promise<PanelPage> {
  const panel = await openPanel(browser, html, world.server);
  panels.push(panel);
  return panel;
}

/** Returns the visible tab panel; hidden panels are not in the accessibility tree. */
function activePanel(page: Page): Locator {
  return page.getByRole('tabpanel');
}

/** Returns the error text shown next to an input: the element its aria-describedby names last. */
async function errorOf(page: Page, input: Locator): Promise<string> {
  const ids = ((await input.getAttribute('aria-describedby')) ?? '').split(' ');
  return ((await page.locator(`#${ids[ids.length - 1]}`).textContent()) ?? '').trim();
}

async function statusText(scope: Locator): Promise<string> {
  return ((await scope.getByRole('status').first().textContent()) ?? '').trim();
}

describe('adding an asset', () => {
  test('Korean form writes row and history', async () => {
    world = createPanelWorld('ko');
    const { page } = await open();
    const form = activePanel(page);

    await expect(page.getByRole('tab', { name: '등록' }).getAttribute('aria-selected')).resolves.toBe('true');
    await form.getByLabel('자산명').fill('회의실 노트북');
    await form.getByLabel('분류').selectOption('HW-LAPTOP');
    await form.getByLabel('상태').selectOption({ label: '재고' });
    await form.getByLabel('부서').fill('개발팀');
    await form.getByLabel('위치').fill('본사 3층');
    await form.getByLabel('취득일').fill('2025-01-10');
    await form.getByLabel('취득가액').fill('120만원');
    await form.getByLabel('공급업체').fill('한빛상사');
    await form.getByRole('button', { name: '자산 등록' }).click();

    await expect(form.getByRole('button', { name: '계속 등록' }).isVisible()).resolves.toBe(true);
    expect(await statusText(form)).toBe('자산 탭 4행에 IT-2025-0001을(를) 등록했습니다.');
    const row = world.cells('자산')[3];
    expect(row.slice(0, 13)).toEqual(['IT-2025-0001', '회의실 노트북', 'HW-LAPTOP', '', '', '', '재고', '', '개발팀', '본사 3층', { date: '2025-01-10' }, 1200000, '한빛상사']);
    const history = world.cells('변경 이력');
    expect(history[history.length - 1]).toEqual(['2025-01-15T09:00:00+09:00', USER_EMAIL, '자산', 'IT-2025-0001', '(신규 등록)', '', '', '사이드바']);
  });

  test('English form and Add another', async () => {
    world = createPanelWorld('en');
    const { page } = await open();
    const form = activePanel(page);

    await form.getByLabel('Name').fill('Spare monitor');
    await form.getByLabel('Category').selectOption('HW-MONITOR');
    await form.getByLabel('Status').selectOption('in_stock');
    await form.getByLabel('Department').fill('Infrastructure');
    await form.getByLabel('Location').fill('Server room');
    await form.getByLabel('Vendor').fill('Hanbit Trading');
    await form.getByLabel('Purchase Cost').fill('1,234,000');
    await form.getByRole('button', { name: 'Add asset' }).click();
    const addAnother = form.getByRole('button', { name: 'Add another' });
    await addAnother.waitFor();

    expect(await statusText(form)).toBe('Added IT-2025-0001 in row 4 of Assets.');
    expect(world.cells('Assets')[3].slice(0, 12)).toEqual(['IT-2025-0001', 'Spare monitor', 'HW-MONITOR', '', '', '', 'in stock', '', 'Infrastructure', 'Server room', '', 1234000]);
    await expect(addAnother.evaluate((node) => node === document.activeElement)).resolves.toBe(true);
    await expect(form.getByLabel('Name').isDisabled()).resolves.toBe(true);

    await addAnother.click();
    await expect(form.getByLabel('Name').inputValue()).resolves.toBe('');
    await expect(form.getByLabel('Purchase Cost').inputValue()).resolves.toBe('');
    await expect(form.getByLabel('Status').inputValue()).resolves.toBe('');
    await expect(form.getByLabel('Department').inputValue()).resolves.toBe('Infrastructure');
    await expect(form.getByLabel('Location').inputValue()).resolves.toBe('Server room');
    await expect(form.getByLabel('Vendor').inputValue()).resolves.toBe('Hanbit Trading');
    await expect(form.getByLabel('Name').evaluate((node) => node === document.activeElement)).resolves.toBe(true);
    await expect(form.getByText('Leave blank to get the next tag, IT-2025-0002.').isVisible()).resolves.toBe(true);

    await form.getByLabel('Name').fill('Second monitor');
    await form.getByLabel('Category').selectOption('HW-MONITOR');
    await form.getByLabel('Status').selectOption('in_stock');
    await form.getByRole('button', { name: 'Add asset' }).click();
    await addAnother.waitFor();
    expect(world.cells('Assets')[4].slice(0, 13)).toEqual(['IT-2025-0002', 'Second monitor', 'HW-MONITOR', '', '', '', 'in stock', '', 'Infrastructure', 'Server room', '', '', 'Hanbit Trading']);
  });

  test('each error shows next to its field', async () => {
    world = createPanelWorld('ko');
    const { page } = await open();
    const form = activePanel(page);
    const submit = form.getByRole('button', { name: '자산 등록' });
    const rowsBefore = world.cells('자산').length;

    await submit.click();
    await expect(form.getByRole('status').filter({ hasText: '고쳐야 할 항목이 3개' }).waitFor()).resolves.toBeUndefined();
    expect(await errorOf(page, form.getByLabel('자산명'))).toBe('필수 값이 비어 있습니다. 자산명을(를) 입력하세요.');
    expect(await errorOf(page, form.getByLabel('분류'))).toBe('필수 값이 비어 있습니다. 분류을(를) 입력하세요.');
    expect(await errorOf(page, form.getByLabel('상태'))).toBe('필수 값이 비어 있습니다. 상태을(를) 입력하세요.');
    await expect(form.getByLabel('자산명').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(form.getByLabel('자산명').evaluate((node) => node === document.activeElement)).resolves.toBe(true);

    await form.getByLabel('자산번호').fill('it-2024-0001');
    await form.getByLabel('자산명').fill('테스트 장비');
    await form.getByLabel('분류').selectOption('HW');
    await form.getByLabel('상태').selectOption('in_stock');
    await form.getByLabel('취득가액').fill('약 백만원');
    await form.getByText('추가 항목').click();
    await form.getByLabel('내용연수(월)').fill('1.5');
    await form.getByLabel('잔존가액').fill('-100');
    await submit.click();
    await expect(form.getByRole('status').filter({ hasText: '고쳐야 할 항목이 4개' }).waitFor()).resolves.toBeUndefined();

    expect(await errorOf(page, form.getByLabel('자산번호'))).toBe('자산번호 it-2024-0001은(는) 이미 사용 중입니다. 비워 두면 다음 번호가 자동으로 부여됩니다.');
    expect(await errorOf(page, form.getByLabel('취득가액'))).toBe('금액이 아닙니다. 1,234,000 / 1,234,000원 / 120만원 형식으로 입력하세요.');
    expect(await errorOf(page, form.getByLabel('내용연수(월)'))).toBe('정수로 입력해야 합니다.');
    expect(await errorOf(page, form.getByLabel('잔존가액'))).toBe('0 이상이어야 합니다.');
    expect(await errorOf(page, form.getByLabel('자산명'))).toBe('');
    await expect(form.getByLabel('자산명').getAttribute('aria-invalid')).resolves.toBeNull();

    // An impossible date never reaches the server: the browser reports it as bad input.
    await form.getByLabel('취득일').click();
    await page.keyboard.type('02302025');
    await submit.click();
    expect(await errorOf(page, form.getByLabel('취득일'))).toBe('날짜가 완전하지 않습니다. 날짜를 고르거나 칸을 비우세요.');
    expect(world.cells('자산')).toHaveLength(rowsBefore);
  });

  test('keyboard-only entry', async () => {
    world = createPanelWorld('en');
    const { page } = await open();
    const focusedLabel = (): Promise<string> => page.evaluate(() => (document.activeElement as HTMLElement | null)?.id ?? '');

    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Add');
    await page.keyboard.press('ArrowRight');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Find');
    await expect(page.getByRole('tab', { name: 'Find' }).getAttribute('aria-selected')).resolves.toBe('true');
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByRole('tab', { name: 'Add' }).getAttribute('aria-selected')).resolves.toBe('true');

    await page.keyboard.press('Tab'); // the tab panel
    await page.keyboard.press('Tab'); // Asset Tag
    expect(await focusedLabel()).toMatch(/^field-assetTag/);
    await page.keyboard.press('Tab');
    expect(await focusedLabel()).toMatch(/^field-name/);
    await page.keyboard.type('Label printer');
    await page.keyboard.press('Tab');
    expect(await focusedLabel()).toMatch(/^field-category/);
    await page.keyboard.type('HW-P');
    await page.keyboard.press('Tab');
    expect(await focusedLabel()).toMatch(/^field-status/);
    await page.keyboard.type('in');
    await page.keyboard.press('Tab');
    expect(await focusedLabel()).toMatch(/^field-model/);
    await page.keyboard.type('ZD421');
    await page.keyboard.press('Enter');

    const addAnother = page.getByRole('button', { name: 'Add another' });
    await addAnother.waitFor();
    await expect(addAnother.evaluate((node) => node === document.activeElement)).resolves.toBe(true);
    expect(world.cells('Assets')[3].slice(0, 7)).toEqual(['IT-2025-0001', 'Label printer', 'HW-PRINTER', 'ZD421', '', '', 'in stock']);
    await page.keyboard.press('Enter');
    expect(await focusedLabel()).toMatch(/^field-name/);
  });

  test('markup in a name stays text', async () => {
    world = createPanelWorld('en');
    const { page, dialogs } = await open();
    const form = activePanel(page);
    const name = '<img src=x onerror=alert(1)>';

    await form.getByLabel('Name').fill(name);
    await form.getByLabel('Category').selectOption('HW');
    await form.getByLabel('Status').selectOption('in_stock');
    await form.getByRole('button', { name: 'Add asset' }).click();
    await form.getByRole('button', { name: 'Add another' }).waitFor();

    await page.getByRole('tab', { name: 'Find' }).click();
    const find = activePanel(page);
    await find.getByLabel('Asset tag, serial number, name or user').fill('<img');
    await find.getByRole('button', { name: 'Search' }).click();
    const result = find.locator('button.result');
    await result.first().waitFor();
    await expect(result.first().textContent()).resolves.toContain(`IT-2025-0001 · ${name}`);
    await result.first().click();
    const heading = find.getByRole('heading', { level: 3 });
    await heading.waitFor();

    await expect(heading.textContent()).resolves.toBe(`IT-2025-0001 ${name}`);
    await expect(page.locator('#app img').count()).resolves.toBe(0);
    await page.waitForTimeout(100);
    expect(dialogs).toEqual([]);
    expect(world.cells('Assets')[3][1]).toBe(name);
  });

  test('formula-looking text is stored as text', async () => {
    world = createPanelWorld('en');
    const { page } = await open();
    const form = activePanel(page);
    const names = ['=IMPORTXML("http://x","//a")', '+1', '-5', '@SUM(A1)'];

    for (const [index, name] of names.entries()) {
      if (index > 0) {
        await form.getByRole('button', { name: 'Add another' }).click();
      }
      await form.getByLabel('Name').fill(name);
      await form.getByLabel('Category').selectOption('HW');
      await form.getByLabel('Status').selectOption('in_stock');
      await form.getByLabel('Model').fill(name);
      await form.getByRole('button', { name: 'Add asset' }).click();
      await form.getByRole('status').filter({ hasText: `IT-2025-000${index + 1}` }).waitFor();
    }

    const values = world.values('Assets');
    expect(values.slice(3).map((row) => [row[1], row[3]])).toEqual(names.map((name) => [name, name]));
    expect(world.formulas('Assets').flat().filter((formula) => formula !== '')).toEqual([]);
    expect(world.formulas('Change History').flat().filter((formula) => formula !== '')).toEqual([]);
  });

  test('two concurrent adds get two tags', async () => {
    world = createPanelWorld('en');
    const first = await open();
    const second = await open();
    for (const [panel, name] of [
      [first, 'Desk phone A'],
      [second, 'Desk phone B'],
    ] as const) {
      const form = activePanel(panel.page);
      await form.getByLabel('Name').fill(name);
      await form.getByLabel('Category').selectOption('HW');
      await form.getByLabel('Status').selectOption('in_stock');
    }

    await Promise.all([first, second].map((panel) => activePanel(panel.page).getByRole('button', { name: 'Add asset' }).click()));
    await Promise.all([first, second].map((panel) => activePanel(panel.page).getByRole('button', { name: 'Add another' }).waitFor()));

    const added = world.cells('Assets').slice(3).map((row) => [row[0], row[1]]);
    expect(added).toHaveLength(2);
    expect(added.map((row) => row[0]).sort()).toEqual(['IT-2025-0001', 'IT-2025-0002']);
    expect(added.map((row) => row[1]).sort()).toEqual(['Desk phone A', 'Desk phone B']);
    const messages = [await statusText(activePanel(first.page)), await statusText(activePanel(second.page))];
    expect(messages.sort()).toEqual(added.map(([tag, _name], index) => `Added ${String(tag)} in row ${index + 4} of Assets.`).sort());
  });
});

describe('lifecycle actions', () => {
  async function openAsset(page: Page, assetTag: string): Promise<Locator> {
    await page.getByRole('tab', { name: '조회' }).click();
    const find = activePanel(page);
    await find.getByLabel('자산번호, 일련번호, 자산명 또는 사용자').fill(assetTag);
    await find.getByRole('button', { name: '검색', exact: true }).click();
    await find.locator('button.result').first().click();
    await find.getByRole('heading', { level: 3, name: new RegExp(`^${assetTag}`) }).waitFor();
    return find;
  }

  async function act(find: Locator, action: string, inputs: Readonly<Record<string, string>>, expected: string): Promise<void> {
    await find.getByRole('button', { name: action, exact: true }).click();
    for (const [label, value] of Object.entries(inputs)) {
      await find.getByRole('group', { name: action }).getByLabel(label).fill(value);
    }
    await find.getByRole('button', { name: '확인' }).click();
    await find.getByRole('status').filter({ hasText: expected }).waitFor();
  }

  /** Status, user and location of an asset's row on the Assets tab. */
  function assetCells(row: number): unknown[] {
    const cells = world.cells('자산')[row - 1];
    return [cells[6], cells[7], cells[9]];
  }

  test('every action moves the asset', async () => {
    world = createPanelWorld('ko');
    const { page } = await open();
    const find = await openAsset(page, 'IT-2024-0002');

    await act(find, '지급', { 사용자: '이서연' }, 'IT-2024-0002의 상태를 사용중(으)로 바꿨습니다.');
    expect(assetCells(3)).toEqual(['사용중', '이서연', '전산실']);
    await act(find, '반납', {}, 'IT-2024-0002의 상태를 재고(으)로 바꿨습니다.');
    expect(assetCells(3)).toEqual(['재고', '', '전산실']);
    await act(find, '수리 보내기', { 위치: '수리센터' }, 'IT-2024-0002의 상태를 수리중(으)로 바꿨습니다.');
    expect(assetCells(3)).toEqual(['수리중', '', '수리센터']);
    await act(find, '사용 중지', {}, 'IT-2024-0002의 상태를 사용중지(으)로 바꿨습니다.');
    expect(assetCells(3)).toEqual(['사용중지', '', '수리센터']);
    await act(find, '폐기', { 폐기일: '2025-01-14', '처분 수입': '50만원' }, '처분 수입 500,000원을(를) 비용·효익 탭 3행에 기록했습니다.');
    expect(assetCells(3)).toEqual(['폐기', '', '수리센터']);
    expect(world.cells('비용·효익')[2]).toEqual([{ date: '2025-01-14' }, '효익', '폐기', 500000, 'KRW', 'IT-2024-0002', '', '', '', '인프라팀', '폐기 처분 수입']);
    await expect(find.getByText('설정의 상태 전환 표에 "폐기" 상태에서 바꿀 수 있는 상태가 없습니다.').isVisible()).resolves.toBe(true);

    const statusLines = world
      .cells('변경 이력')
      .filter((line) => line[3] === 'IT-2024-0002' && line[4] === '상태')
      .map((line) => `${String(line[5])}→${String(line[6])}`);
    expect(statusLines).toEqual(['재고→사용중', '사용중→재고', '재고→수리중', '수리중→사용중지', '사용중지→폐기']);
    const shownHistory = find.locator('.section-history .line-main');
    await expect(shownHistory.first().textContent()).resolves.toBe('상태: 사용중지 → 폐기');

    const other = await openAsset(page, 'IT-2024-0001');
    await act(other, '분실 처리', {}, 'IT-2024-0001의 상태를 분실(으)로 바꿨습니다.');
    expect(assetCells(2)).toEqual(['분실', '김민수', '본사 3층']);
  });

  test('server rejects a stale transition', async () => {
    world = createPanelWorld('ko');
    const { page } = await open();
    const find = await openAsset(page, 'IT-2024-0002');
    await find.getByRole('button', { name: '지급', exact: true }).waitFor();

    // Someone else retires and disposes of the asset while this panel still shows it in stock.
    expect(world.server().sidebarApplyAction('IT-2024-0002', 'retire', {}).ok).toBe(true);
    expect(world.server().sidebarApplyAction('IT-2024-0002', 'dispose', { date: '2025-01-15' }).ok).toBe(true);

    await find.getByRole('button', { name: '지급', exact: true }).click();
    await find.getByRole('group', { name: '지급' }).getByLabel('사용자').fill('이서연');
    await find.getByRole('button', { name: '확인' }).click();
    await find.getByRole('status').filter({ hasText: '바꿀 수 없습니다' }).waitFor();

    expect(await statusText(find.getByRole('article'))).toBe('설정의 상태 전환 표에 따라 "폐기"에서 "사용중"(으)로 바꿀 수 없습니다.');
    expect(assetCells(3)).toEqual(['폐기', '', '전산실']);
  });
});

describe('accessibility', () => {
  test('no serious or critical axe violations', async () => {
    world = createPanelWorld('ko');
    const { page } = await open();
    const form = activePanel(page);

    await form.getByRole('button', { name: '자산 등록' }).click();
    await form.getByRole('status').filter({ hasText: '고쳐야 할 항목' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('tab', { name: '조회' }).click();
    const find = activePanel(page);
    await find.getByLabel('자산번호, 일련번호, 자산명 또는 사용자').fill('IT-2024');
    await find.getByRole('button', { name: '검색' }).click();
    await find.locator('button.result').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await find.locator('button.result').nth(1).click();
    await find.getByRole('button', { name: '지급', exact: true }).click();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('tab', { name: '한눈에 보기' }).click();
    await activePanel(page).getByRole('heading', { name: /30일 안에 갱신 기한/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
