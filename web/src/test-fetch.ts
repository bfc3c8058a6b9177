/** A scripted `fetch` for tests: answers by "METHOD /path" and records every call. */
import { vi } from 'vitest';

export type Call = { method: string; url: string; headers: Record<string, string>; body: unknown };
export type Reply = { status?: number; body?: unknown };
type Handler = (call: Call) => Reply;

export const json = (status: number, body: unknown): Reply => ({ status, body });

export const stubFetch = (routes: Record<string, Handler | Reply>) => {
  const calls: Call[] = [];
  const fetchStub = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input);
    const method = init.method ?? 'GET';
    const headers = (init.headers ?? {}) as Record<string, string>;
    const body = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
    const call = { method, url, headers, body };
    calls.push(call);
    const path = url.split('?')[0];
    const route = routes[`${method} ${path}`];
    const reply = typeof route === 'function' ? route(call) : route;
    if (!reply) return new Response(null, { status: 404 });
    const status = reply.status ?? 200;
    return new Response(reply.body === undefined ? null : JSON.stringify(reply.body), {
      status,
      headers: { 'Content-Type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchStub);
  return { calls, fetchStub };
};
