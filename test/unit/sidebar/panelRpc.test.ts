import * as vm from 'vm';
import type { SidebarServer } from '../../../src/core/sidebar/sidebarContract';
import { invokePanelFunction, plainDataProblem } from '../../../src/node/preview/panelRpc';
import { scriptRunStandIn, withStandIn } from '../../../src/node/preview/scriptRunStandIn';

describe('plainDataProblem', () => {
  test.each([
    [{ a: [1, 'x', true, null, { b: 2 }] }, null],
    [{ when: new Date(0) }, 'value.when is a Date'],
    [[1, () => 2], 'value[1] is a function'],
    [{ amount: Number.NaN }, 'value.amount is NaN, which JSON cannot carry'],
    [{ nested: { map: new Map() } }, 'value.nested.map is an instance of Map'],
    [undefined, 'value is a undefined'],
  ])('%p', (value, problem) => {
    expect(plainDataProblem(value)).toBe(problem);
  });
});

describe('invokePanelFunction', () => {
  const server = {
    sidebarFindAssets: (query: string) => ({ ok: true, echoed: query }),
    sidebarAssetDetails: () => ({ ok: true, when: new Date(0) }),
  } as unknown as SidebarServer;

  test('calls the named function', () => {
    expect(invokePanelFunction(server, { name: 'sidebarFindAssets', args: ['IT-1'] })).toEqual({ result: { ok: true, echoed: 'IT-1' } });
  });

  test('unknown or private names fail', () => {
    expect(invokePanelFunction(server, { name: 'itamSetup', args: [] })).toEqual({ error: 'Script function not found: itamSetup' });
    expect(invokePanelFunction(server, { name: 'toString', args: [] })).toEqual({ error: 'Script function not found: toString' });
  });

  test('malformed request fails', () => {
    expect(invokePanelFunction(server, { name: 'sidebarFindAssets', args: 'IT-1' })).toEqual({ error: 'Invalid request: expected {"name": "...", "args": [...]}.' });
  });

  test('Date in a result is a server bug', () => {
    expect(() => invokePanelFunction(server, { name: 'sidebarAssetDetails', args: ['x'] })).toThrow(
      'The server function sidebarAssetDetails returned data that cannot cross google.script.run: result.when is a Date.',
    );
  });
});

describe('google.script.run stand-in', () => {
  /** Runs the stand-in in a bare context whose binding echoes the request back as the result. */
  function standIn(): { run: Record<string, unknown>; bodies: string[] } {
    const bodies: string[] = [];
    const window: Record<string, unknown> = {
      echo: (body: string) => {
        bodies.push(body);
        return Promise.resolve(JSON.stringify({ result: JSON.parse(body) }));
      },
    };
    const context = vm.createContext({ window, Proxy, Promise, JSON, Object, Array, Date, isFinite });
    vm.runInContext(scriptRunStandIn({ kind: 'binding', bindingName: 'echo' }), context);
    return { run: ((window.google as { script: { run: Record<string, unknown> } }).script.run), bodies };
  }

  function call(run: Record<string, unknown>, name: string, ...args: unknown[]): Promise<{ ok: boolean; value: unknown }> {
    return new Promise((resolve) => {
      const withSuccess = run.withSuccessHandler as (handler: (value: unknown) => void) => Record<string, unknown>;
      const runner = withSuccess((value) => resolve({ ok: true, value }));
      const chained = (runner.withFailureHandler as (handler: (error: Error) => void) => Record<string, unknown>)((error) => resolve({ ok: false, value: error.message }));
      (chained[name] as (...values: unknown[]) => void)(...args);
    });
  }

  test('chained handlers get the result', async () => {
    const { run, bodies } = standIn();

    await expect(call(run, 'sidebarFindAssets', 'IT-1')).resolves.toEqual({ ok: true, value: { name: 'sidebarFindAssets', args: ['IT-1'] } });
    expect(bodies).toEqual(['{"name":"sidebarFindAssets","args":["IT-1"]}']);
  });

  test('Date argument fails before sending', async () => {
    const { run, bodies } = standIn();

    await expect(call(run, 'sidebarAddAsset', { purchaseDate: new Date(0) }, {})).resolves.toEqual({ ok: false, value: 'Invalid argument: arguments[0].purchaseDate is a Date.' });
    expect(bodies).toEqual([]);
  });

  test('markup in the transport cannot close the script', () => {
    const source = scriptRunStandIn({ kind: 'http', endpoint: '/rpc', token: '</script><script>alert(1)</script>' });

    expect(source).not.toContain('</script');
    const page = withStandIn('<!DOCTYPE html><html><head><title>x</title></head><body></body></html>', { kind: 'binding', bindingName: 'echo' });
    expect(page.indexOf('<script>')).toBeGreaterThan(page.indexOf('<head>'));
    expect(page.indexOf('<script>')).toBeLessThan(page.indexOf('<title>'));
  });
});
