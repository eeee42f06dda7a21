import { getJson, startApp, type RunningApp } from '../helpers/app';
import { connected, WidgetClient } from '../helpers/widget-client';
import { DESCRIPTOR_RESERVE, descriptorLimit, socketCap } from '../../platform/socket-cap';

const LIMITS = `Limit                     Soft Limit           Hard Limit           Units
Max cpu time              unlimited            unlimited            seconds
Max open files            1024                 524288               files
Max locked memory         8388608              8388608              bytes`;

describe('socket cap and the descriptor limit', () => {
  it('reads the soft open-files limit, and lowers the cap to what it leaves, with a warning', () => {
    expect(descriptorLimit(() => LIMITS)).toBe(1024);
    expect(descriptorLimit(() => LIMITS.replace('1024 ', 'unlimited'))).toBeNull();
    expect(descriptorLimit(() => {
      throw new Error('no /proc');
    })).toBeNull();
    expect(socketCap(5000, 1024)).toEqual({ cap: 1024 - DESCRIPTOR_RESERVE, warning: expect.stringMatching(/ulimit -n 1024.*accepts 924 sockets/) });
    expect(socketCap(500, 1024)).toEqual({ cap: 500, warning: null });
    expect(socketCap(5000, null)).toEqual({ cap: 5000, warning: null });
  });
});

/** Before, at ~994 sockets a process silently refused every new HTTP request, /healthz included (issue 12, item 10). */
describe('a process at its socket cap', () => {
  let r: RunningApp;
  const clients: WidgetClient[] = [];
  beforeAll(async () => {
    r = await startApp({ MAX_SOCKETS: '3' });
  });
  afterAll(async () => {
    clients.forEach((c) => c.close());
    await r.close();
  });

  it('refuses the next socket with a reason, keeps answering HTTP, and accepts again once one leaves', async () => {
    for (let i = 0; i < 3; i++) {
      const c = new WidgetClient(r.base);
      clients.push(c);
      await connected(c);
    }
    const extra = new WidgetClient(r.base);
    clients.push(extra);
    await expect(connected(extra)).rejects.toBeTruthy();
    // The reason, as a polling client reads it.
    const refused = await fetch(`${r.base}/socket.io/?EIO=4&transport=polling`);
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { message: string }).message).toMatch(/très sollicité/);
    expect((await getJson(`${r.base}/healthz`)).status).toBe(200);
    clients[0]!.close();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const again = new WidgetClient(r.base);
    clients.push(again);
    await connected(again);
  });
});
