import type { IntakeResult } from '../../app/routing/take-in-leads.ts';

/** A created lead with what routing did with it (null when it was entered by hand). */
export function routingView({ lead, decision, text, ignored }: IntakeResult) {
  if (decision === null) return { ...lead, routing: null };
  return {
    ...lead,
    routing: {
      outcome: decision.outcome,
      repId: decision.outcome === 'assigned' ? decision.repId : null,
      ruleId: decision.outcome === 'duplicate' ? null : decision.ruleId,
      method: decision.outcome === 'assigned' ? decision.method : null,
      text,
      decision: decision as unknown as Record<string, unknown>,
      ignored,
    },
  };
}
