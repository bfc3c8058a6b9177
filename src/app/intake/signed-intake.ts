import { createHmac, timingSafeEqual } from 'node:crypto';
import { systemActor } from '../actor.ts';
import { AppError } from '../errors.ts';
import type { AppDeps } from '../ports.ts';
import { intakeLead } from '../routing/intake-lead.ts';
import type { IntakeResult, LeadIntake } from '../routing/take-in-leads.ts';

/** Signed posts older (or newer) than this are refused, so a captured request cannot be replayed later. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

/** `sha256=` + hex HMAC-SHA256 of `<timestamp>.<raw body>` with the source's secret. */
export function signIntake(secret: string, timestamp: string, rawBody: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex')}`;
}

const refused = (why: string) => new AppError('intake.signature', `signature refused: ${why}`);

/**
 * A lead posted by a web form or partner (`POST /intake/{sourceId}`), checked against the source's
 * signature and timestamp before anything is read, then taken in and routed like any lead.
 */
export async function signedIntake(
  deps: Pick<AppDeps, 'stores' | 'transact' | 'clock'>,
  request: {
    sourceId: string;
    timestamp: string | undefined;
    signature: string | undefined;
    rawBody: string;
    lead: LeadIntake;
  },
): Promise<IntakeResult> {
  const now = deps.clock.now();
  const source = await deps.stores.intakeSources.find(request.sourceId);
  if (source === null || !source.active) throw refused('unknown or revoked source');
  if (!request.timestamp || !/^\d+$/.test(request.timestamp) || !request.signature)
    throw refused('missing X-Allot-Timestamp or X-Allot-Signature');
  const age = Math.abs(now.getTime() / 1000 - Number(request.timestamp));
  if (age > SIGNATURE_TOLERANCE_SECONDS) throw refused('the timestamp is more than 5 minutes away');
  const expected = Buffer.from(signIntake(source.secret, request.timestamp, request.rawBody));
  const given = Buffer.from(request.signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given))
    throw refused('the signature does not match');
  const workspace = await deps.stores.workspaces.get(source.workspaceId);
  if (workspace === null) throw refused('unknown or revoked source');
  await deps.stores.intakeSources.touch(source.id, now);
  return intakeLead(deps, systemActor(workspace, `intake:${source.name}`), request.lead);
}
