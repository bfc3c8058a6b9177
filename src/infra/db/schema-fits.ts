/** Compile-time check: stored rows fit the records the use cases work with. */
import type {
  accounts,
  activities,
  apiTokens,
  assignments,
  auditLog,
  leads,
  metrics,
  notifications,
  opportunities,
  ownerHistory,
  products,
  reps,
  routingPolicies,
  teams,
  territories,
  users,
  workspaces,
} from './schema.ts';

type Fits<Row, Rec> = Row extends Rec ? true : never;
export const rowsFitRecords: [
  Fits<typeof workspaces.$inferSelect, import('../../domain/records/types.ts').WorkspaceRecord>,
  Fits<typeof users.$inferSelect, import('../../domain/records/types.ts').UserRecord>,
  Fits<typeof apiTokens.$inferSelect, import('../../domain/records/types.ts').ApiTokenRecord>,
  Fits<typeof teams.$inferSelect, import('../../domain/records/types.ts').TeamRecord>,
  Fits<
    typeof reps.$inferSelect & { userId: string | null },
    import('../../domain/records/types.ts').RepRecord
  >,
  Fits<
    typeof territories.$inferSelect & { repIds: string[] },
    import('../../domain/records/types.ts').TerritoryRecord
  >,
  Fits<typeof products.$inferSelect, import('../../domain/records/types.ts').ProductRecord>,
  Fits<typeof accounts.$inferSelect, import('../../domain/records/types.ts').AccountRecord>,
  Fits<typeof leads.$inferSelect, import('../../domain/records/types.ts').LeadRecord>,
  Fits<
    typeof opportunities.$inferSelect,
    import('../../domain/records/types.ts').OpportunityRecord
  >,
  Fits<typeof activities.$inferSelect, import('../../domain/records/types.ts').ActivityRecord>,
  Fits<
    typeof ownerHistory.$inferSelect,
    import('../../domain/records/types.ts').OwnerHistoryRecord
  >,
  Fits<typeof auditLog.$inferSelect, import('../../domain/records/types.ts').AuditRecord>,
  Fits<
    typeof routingPolicies.$inferSelect,
    import('../../domain/records/types.ts').RoutingPolicyRecord
  >,
  Fits<typeof assignments.$inferSelect, import('../../domain/records/types.ts').AssignmentRecord>,
  Fits<
    typeof notifications.$inferSelect,
    import('../../domain/records/types.ts').NotificationRecord
  >,
  Fits<typeof metrics.$inferSelect, import('../../domain/metrics/metric.ts').MetricRecord>,
] = [
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
];
