/**
 * The routing state after an assignment: the rep's latest assignment time, window counts, open
 * leads and (for a rule's own distribution) the rule's count move on. Previews, backtests and
 * the simulator fold decisions through this so the next decision sees the load the last made.
 */
import { DISTRIBUTION_METHODS, type DistributionMethod, type RoutingRep } from './policy.ts';

export function applyAssignment(
  reps: readonly RoutingRep[],
  assignment: { repId: string; ruleId: string | null; method: string },
  at: Date,
): RoutingRep[] {
  const byRule =
    assignment.ruleId !== null &&
    (DISTRIBUTION_METHODS as readonly string[]).includes(assignment.method as DistributionMethod);
  return reps.map((rep) => {
    if (rep.id !== assignment.repId) return rep;
    return {
      ...rep,
      lastAssignedAt: at,
      assigned: {
        day: rep.assigned.day + 1,
        week: rep.assigned.week + 1,
        month: rep.assigned.month + 1,
      },
      open: rep.open + 1,
      ruleCounts: byRule
        ? { ...rep.ruleCounts, [assignment.ruleId!]: (rep.ruleCounts[assignment.ruleId!] ?? 0) + 1 }
        : rep.ruleCounts,
    };
  });
}
