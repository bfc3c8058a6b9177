import type { Actor } from '../actor.ts';
import type { AppDeps } from '../ports.ts';
import {
  type IntakeAnswer,
  type IntakeRequest,
  type IntakeResult,
  type LeadIntake,
  takeInLeads,
} from './take-in-leads.ts';

/** One transaction takes in at most this many waiting leads. */
export const MAX_WAITING_BATCH = 200;

export type IntakeQueue = {
  /** Takes in one lead with the others sent to its workspace at the same time. */
  submit(actor: Actor, input: LeadIntake): Promise<IntakeResult>;
};

type Waiting = IntakeRequest & {
  resolve: (result: IntakeResult) => void;
  reject: (error: unknown) => void;
};

/** Each lead alone, so that one lead the database refuses cannot refuse the others. */
async function oneByOne(
  deps: Pick<AppDeps, 'transact' | 'clock'>,
  batch: readonly IntakeRequest[],
): Promise<IntakeAnswer[]> {
  const answers: IntakeAnswer[] = [];
  for (const request of batch) {
    const [answer] = await takeInLeads(deps, [request], { atomic: true }).catch(
      (error: unknown) => [{ ok: false, error } as const],
    );
    answers.push(answer!);
  }
  return answers;
}

/**
 * Leads sent to one workspace at the same time are taken in together: while a batch is being
 * written, the leads that arrive wait and go into the next one, in arrival order. Each sender
 * gets the answer for its own lead, and one lead's problems are its own. A lone lead goes in at
 * once, as a batch of one.
 */
export function createIntakeQueue(deps: Pick<AppDeps, 'transact' | 'clock'>): IntakeQueue {
  const waiting = new Map<string, Waiting[]>();

  async function drain(workspaceId: string, queue: Waiting[]) {
    try {
      while (queue.length > 0) {
        // Let requests already received reach the queue first: an embedded database answers
        // without giving the event loop a turn, so a transaction holds back all input until done.
        await new Promise((resolve) => setImmediate(resolve));
        const batch = queue.splice(0, MAX_WAITING_BATCH);
        const answers = await takeInLeads(deps, batch, { atomic: false }).catch(() =>
          oneByOne(deps, batch),
        );
        batch.forEach((request, i) => {
          const answer = answers[i]!;
          if (answer.ok) request.resolve(answer.result);
          else request.reject(answer.error);
        });
      }
    } finally {
      waiting.delete(workspaceId);
    }
  }

  return {
    submit(actor, input) {
      return new Promise<IntakeResult>((resolve, reject) => {
        const workspaceId = actor.workspace.id;
        const queue = waiting.get(workspaceId);
        const request = { actor, input, receivedAt: deps.clock.now(), resolve, reject };
        if (queue) {
          queue.push(request);
          return;
        }
        const fresh = [request];
        waiting.set(workspaceId, fresh);
        void drain(workspaceId, fresh);
      });
    },
  };
}
