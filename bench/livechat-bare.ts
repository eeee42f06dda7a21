import crypto from 'node:crypto';
import http from 'node:http';
import { createAdapter } from '@socket.io/redis-adapter';
import { createClient } from 'redis';
import { Server } from 'socket.io';

/**
 * The baseline of `npm run bench:livechat`, run as a child process: the least a socket.io server
 * can do to relay a widget's messages to a console and back. No database, no bot, no validation;
 * the same namespaces, events and payload shapes as Relais, so the bench drives both with the same
 * client code. A socket names its pair in the handshake (`auth.pair`); idle widgets name none.
 * With REDIS_URL, rooms span processes through the same Redis adapter Relais uses.
 *
 * Env: PORT, HOST (127.0.0.1), REDIS_URL (optional).
 */
async function main(): Promise<void> {
  const server = http.createServer((req, res) => {
    const ok = req.url === '/healthz';
    res.writeHead(ok ? 200 : 404, { 'content-type': 'application/json' });
    res.end(ok ? '{"status":"ok"}' : '{}');
  });
  // Same options as platform/realtime.ts.
  const io = new Server(server, { maxHttpBufferSize: 64 * 1024, serveClient: false });
  const redis: ReturnType<typeof createClient>[] = [];
  if (process.env.REDIS_URL) {
    const pub = createClient({ url: process.env.REDIS_URL });
    const sub = pub.duplicate();
    redis.push(pub, sub);
    await Promise.all([pub.connect(), sub.connect()]);
    // Its own channel prefix: never mixed with a Relais process using the same Redis.
    io.adapter(createAdapter(pub, sub, { key: 'relais-bench-bare', requestsTimeout: 3000 }));
  }
  const chat = io.of('/chat');
  const agents = io.of('/agent');
  const pairOf = (auth: unknown) => {
    const pair = (auth as { pair?: unknown } | undefined)?.pair;
    return typeof pair === 'number' ? pair : null;
  };

  chat.on('connection', (socket) => {
    const pair = pairOf(socket.handshake.auth);
    const conversationId = `bare_${crypto.randomBytes(8).toString('hex')}`;
    void socket.join(`conv:${pair ?? conversationId}`);
    socket.emit('session', { conversationId, visitorToken: conversationId });
    socket.emit('activity', { type: 'message', text: 'Bonjour', from: { role: 'bot' } });
    socket.on('activity', (activity: { type?: unknown; text?: unknown }, ack?: unknown) => {
      if (pair !== null && activity?.type === 'message' && typeof activity.text === 'string') {
        agents.to(`agent:${pair}`).emit('chat:message', { chatId: `pair-${pair}`, kind: 'user', text: activity.text });
      }
      if (typeof ack === 'function') ack({ ok: true, data: { id: 'x' } });
    });
  });

  agents.on('connection', (socket) => {
    const pair = pairOf(socket.handshake.auth);
    void socket.join(`agent:${pair}`);
    socket.emit('status', { id: pair });
    socket.on('chat:message', (payload: { text?: unknown }, ack?: unknown) => {
      if (pair !== null && typeof payload?.text === 'string') {
        chat.to(`conv:${pair}`).emit('activity', { type: 'message', text: payload.text, channelData: { relais: { sender: 'agent' } } });
      }
      if (typeof ack === 'function') ack({ ok: true, data: { text: payload?.text } });
    });
  });

  const stop = () => {
    io.close();
    server.closeAllConnections();
    void Promise.all(redis.map((c) => c.quit().catch(() => undefined))).then(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  server.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1');
}

main().catch((err) => {
  process.stderr.write(`livechat-bare: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
