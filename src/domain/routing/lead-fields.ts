/**
 * What rule conditions read of a lead: its standard fields, and its extra fields (`custom`) by
 * name (`渠道`) as well as by path (`custom.渠道`). An extra field wins over a standard field of
 * the same name: it holds the value the lead came with where the standard column cannot (a
 * source outside the standard list is stored as `other`; a lead without a name is stored under a
 * stand-in name for display, with `name: null` among its extra fields).
 */
export function conditionFields(lead: {
  readonly custom: Readonly<Record<string, unknown>>;
}): Record<string, unknown> {
  return { ...lead, ...lead.custom };
}
