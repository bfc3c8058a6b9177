/**
 * Keys that decide whether two records are the same customer (dedup and owner lookup), as the
 * routing spec defines them. Every key is `null` when the input has nothing to match on.
 */

/** Free mailbox providers: their domains say nothing about the company. */
export const PUBLIC_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  'qq.com',
  '163.com',
  '126.com',
  'gmail.com',
  'outlook.com',
  'hotmail.com',
  'sina.com',
  'foxmail.com',
  'yahoo.com',
  'icloud.com',
]);

/** Trimmed, lower-cased; `Name <x@y>` reduces to `x@y`. */
export function emailKey(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const bracketed = /<([^<>]+)>/.exec(raw);
  const email = (bracketed ? bracketed[1]! : raw).trim().toLowerCase();
  return email.includes('@') ? email : null;
}

/** The e-mail's domain when it can stand for an account (not a public mailbox). */
export function companyDomainOf(email: string | null): string | null {
  if (email === null) return null;
  const domain = email.slice(email.lastIndexOf('@') + 1);
  return domain === '' || PUBLIC_MAIL_DOMAINS.has(domain) ? null : domain;
}

/**
 * Digits only; a leading `86` or `0086` goes when 11 digits (a mainland mobile number) remain.
 * `+86 138-0013-8000` and `13800138000` give the same key.
 */
export function phoneKey(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const digits = raw.replace(/\D/g, '');
  if (digits === '') return null;
  for (const prefix of ['0086', '86']) {
    if (digits.startsWith(prefix) && digits.length - prefix.length === 11) {
      return digits.slice(prefix.length);
    }
  }
  return digits;
}

/** Longest first, so 有限责任公司 wins over 有限公司 and 公司. */
const LEGAL_SUFFIXES = [
  '有限责任公司',
  '股份有限公司',
  '有限公司',
  'corporation',
  'limited',
  '集团',
  '公司',
  'gmbh',
  'corp',
  'inc',
  'ltd',
  'llc',
  'co',
];

/**
 * NFKC, lower-cased, spaces and punctuation removed, then one trailing legal suffix removed:
 * `上海某某科技有限公司` and `上海某某科技 (有限公司)` share a key, as do `Acme, Inc.` and `ACME`.
 */
export function companyKey(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const compact = raw
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]/gu, '');
  const suffix = LEGAL_SUFFIXES.find((s) => compact.endsWith(s) && compact.length > s.length);
  const key = suffix ? compact.slice(0, -suffix.length) : compact;
  return key === '' ? null : key;
}

export type LeadKeys = {
  emailKey: string | null;
  phoneKey: string | null;
  companyKey: string | null;
};

/** The keys a lead is matched by (stored beside the lead so lookups use an index). */
export function leadKeys(lead: {
  email?: string | null | undefined;
  phone?: string | null | undefined;
  company?: string | null | undefined;
}): LeadKeys {
  return {
    emailKey: emailKey(lead.email),
    phoneKey: phoneKey(lead.phone),
    companyKey: companyKey(lead.company),
  };
}

export type AccountKeys = { companyKey: string | null; phoneKeys: string[] };

/** The keys an account is matched by; its domain is stored lower-cased and matched as it is. */
export function accountKeys(account: { name: string; phones: readonly string[] }): AccountKeys {
  const phones = account.phones.map((p) => phoneKey(p)).filter((k): k is string => k !== null);
  return { companyKey: companyKey(account.name), phoneKeys: [...new Set(phones)] };
}
