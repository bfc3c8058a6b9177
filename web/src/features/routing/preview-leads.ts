/**
 * Leads pasted into the preview: a JSON array of lead objects, or one lead per line as
 * `name, company, email, phone, region, source` (commas, Chinese commas or tabs; a header line
 * starting with name/姓名 is skipped). Checked here so mistakes are shown by line.
 */
import type { z } from 'zod';
import type { IntakeLeadSchema } from '../../../../src/contracts/routing.ts';
import { LEAD_SOURCES, type LeadSource } from '../../../../src/domain/shared/vocabulary.ts';

export type IntakeLead = z.input<typeof IntakeLeadSchema>;

/** A problem with one pasted lead (`line` counts from 1; JSON items count as lines). */
export type LeadProblem = {
  line: number;
  /** i18n key under `rules.preview.paste.problem`. */
  code: 'name_required' | 'bad_email' | 'bad_source' | 'bad_score' | 'unknown_field' | 'not_object';
  value?: string;
};

export type ParsedLeads =
  /** `lines[i]` is the line (or JSON item, from 1) of `leads[i]`, to place server problems. */
  | { ok: true; leads: IntakeLead[]; lines: number[] }
  | { ok: false; problems: LeadProblem[]; syntax?: boolean; tooMany?: boolean };

export const MAX_PASTED_LEADS = 1000;
export const LINE_COLUMNS = ['name', 'company', 'email', 'phone', 'region', 'source'] as const;
const JSON_FIELDS: readonly string[] = [
  'name',
  'company',
  'email',
  'phone',
  'region',
  'industry',
  'source',
  'score',
  'custom',
  'externalId',
];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const checkLead = (lead: Record<string, unknown>, line: number): LeadProblem[] => {
  const problems: LeadProblem[] = [];
  for (const key of Object.keys(lead)) {
    if (!JSON_FIELDS.includes(key)) problems.push({ line, code: 'unknown_field', value: key });
  }
  if (typeof lead.name !== 'string' || lead.name.trim() === '')
    problems.push({ line, code: 'name_required' });
  if (lead.email !== undefined && (typeof lead.email !== 'string' || !EMAIL.test(lead.email)))
    problems.push({ line, code: 'bad_email', value: String(lead.email) });
  if (
    lead.source !== undefined &&
    !(LEAD_SOURCES as readonly unknown[]).includes(lead.source as LeadSource)
  )
    problems.push({ line, code: 'bad_source', value: String(lead.source) });
  if (
    lead.score !== undefined &&
    lead.score !== null &&
    !(Number.isInteger(lead.score) && (lead.score as number) >= 0 && (lead.score as number) <= 100)
  )
    problems.push({ line, code: 'bad_score', value: String(lead.score) });
  return problems;
};

const parseJson = (text: string): ParsedLeads => {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problems: [], syntax: true };
  }
  if (!Array.isArray(data)) return { ok: false, problems: [], syntax: true };
  const problems: LeadProblem[] = [];
  data.forEach((item, i) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item))
      problems.push({ line: i + 1, code: 'not_object' });
    else problems.push(...checkLead(item as Record<string, unknown>, i + 1));
  });
  return problems.length > 0
    ? { ok: false, problems }
    : { ok: true, leads: data as IntakeLead[], lines: data.map((_, i) => i + 1) };
};

const isHeader = (first: string) => ['name', '姓名'].includes(first.trim().toLowerCase());

const parseLines = (text: string): ParsedLeads => {
  const leads: IntakeLead[] = [];
  const lines: number[] = [];
  const problems: LeadProblem[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === '') return;
    const cells = raw.split(/[,，\t]/).map((cell) => cell.trim());
    if (i === 0 && isHeader(cells[0] ?? '')) return;
    const lead: Record<string, string> = {};
    LINE_COLUMNS.forEach((column, c) => {
      const value = cells[c];
      if (value) lead[column] = value;
    });
    const found = checkLead(lead, i + 1);
    if (found.length > 0) problems.push(...found);
    else {
      leads.push(lead as unknown as IntakeLead);
      lines.push(i + 1);
    }
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, leads, lines };
};

/** The leads of the pasted text, or every problem found in it. */
export const parsePastedLeads = (text: string): ParsedLeads => {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problems: [] };
  const parsed = trimmed.startsWith('[') ? parseJson(trimmed) : parseLines(text);
  if (parsed.ok && parsed.leads.length === 0) return { ok: false, problems: [] };
  if (parsed.ok && parsed.leads.length > MAX_PASTED_LEADS)
    return { ok: false, problems: [], tooMany: true };
  return parsed;
};
