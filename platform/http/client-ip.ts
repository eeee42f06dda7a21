import type { Request } from 'express';

/**
 * The client address seen through `trustedProxies` reverse proxies: each trusted proxy appends
 * the address it received the request from to X-Forwarded-For, so the client is that many
 * entries from the right (Express's numeric `trust proxy` rule). The one rule for every entry
 * point: the HTTP rate limits (tickets, login) and the widget's socket connections.
 */
export function clientIp(req: Request, trustedProxies: number): string {
  return addressBehindProxies(req.socket.remoteAddress, req.headers['x-forwarded-for'], trustedProxies);
}

/** The same rule from a peer address and an X-Forwarded-For header (HTTP requests, socket.io handshakes). */
export function addressBehindProxies(peer: string | undefined, forwardedFor: string | string[] | undefined, trustedProxies: number): string {
  const forwarded = String(forwardedFor ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  const chain = [peer ?? 'unknown', ...forwarded.reverse()];
  return chain[Math.min(trustedProxies, chain.length - 1)]!;
}
