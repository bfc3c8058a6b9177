import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anOrganisation } from '../factories.ts';
import { as, signIn, startTestApp } from '../helpers/test-app.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let t: Awaited<ReturnType<typeof startTestApp>>;
let w: Awaited<ReturnType<typeof anOrganisation>>;
let admin: ReturnType<typeof as>;
let manager: ReturnType<typeof as>;
let rep: ReturnType<typeof as>;
let planId: string;

type Target = {
  unit: string;
  metric: string;
  value: number;
  periods: { label: string; value: number }[];
};

const url = (rest = '') => `/api/v1/plans/${planId}${rest}`;
const detail = async (who: ReturnType<typeof as> = admin) =>
  (await who({ method: 'GET', url: url() })).json();

async function exported(who: ReturnType<typeof as>, query = '') {
  const res = await who({ method: 'GET', url: url(`/export.xlsx${query}`) });
  expect(res.statusCode).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
  return { res, workbook };
}

/** The targets sheet: a column by its header in row 2, a row by the unit id in column A. */
function sheetOf(workbook: ExcelJS.Workbook, name = '目标') {
  const sheet = workbook.getWorksheet(name)!;
  const header = sheet.getRow(2);
  const col = (text: string) => {
    for (let c = 1; c <= sheet.columnCount; c += 1) if (header.getCell(c).value === text) return c;
    throw new Error(`no column ${text}`);
  };
  const ids = () => {
    const out: string[] = [];
    for (let r = 3; r <= sheet.rowCount; r += 1) {
      const v = sheet.getRow(r).getCell(1).value;
      if (typeof v === 'string' && v !== '') out.push(v);
    }
    return out;
  };
  const rowOf = (unit: string) => ids().indexOf(unit) + 3;
  return { sheet, col, ids, rowOf };
}

const bytesOf = async (workbook: ExcelJS.Workbook) =>
  Buffer.from(await workbook.xlsx.writeBuffer());

const importing = (who: ReturnType<typeof as>, body: Buffer, type = XLSX, query = '') =>
  who({
    method: 'POST',
    url: url(`/adjustments/import${query}`),
    headers: { 'content-type': type },
    payload: body,
  });

beforeAll(async () => {
  t = await startTestApp();
  w = await anOrganisation(t.deps.stores);
  admin = as(t.app, await signIn(t.app, w.users.admin.email));
  manager = as(t.app, await signIn(t.app, w.users.eastManager.email));
  rep = as(t.app, await signIn(t.app, w.users.sh1.email));
  const won = (who: keyof typeof w.reps, amount: number) =>
    t.deps.stores.opportunities.insert(w.ws.id, {
      name: '已成交商机',
      accountId: w.owned[who].accountId,
      ownerRepId: w.reps[who].id,
      productId: null,
      amount,
      stage: 'won',
      probability: 100,
      expectedClose: null,
      wonAt: new Date('2025-05-10T02:00:00Z'),
      lostAt: null,
    });
  await won('sh1', 3_000_000);
  await won('sh2', 1_000_000);
  await won('southRep', 4_000_000);
  const res = await manager({
    method: 'POST',
    url: '/api/v1/plans',
    payload: {
      name: '2026 年二季度销售目标',
      periodKind: 'quarter',
      periodStart: '2026-04-01',
      metrics: [
        {
          metric: 'revenue',
          target: 16_000_000,
          method: { drivers: [{ driver: 'history', weight: 1 }] },
        },
      ],
    },
  });
  expect(res.statusCode).toBe(201);
  planId = res.json().id;
});
afterAll(() => t.close());

describe('exporting a plan to Excel', () => {
  it('sends the workbook of the plan as the reader sees it, named after the plan and version', async () => {
    const { res, workbook } = await exported(admin, '?locale=zh-CN');
    expect(res.headers['content-type']).toBe(XLSX);
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="2026-v1.xlsx"; filename*=UTF-8''${encodeURIComponent('目标计划-2026 年二季度销售目标-v1.xlsx')}`,
    );
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['目标', '计算过程', '计划信息']);
    const body = await detail();
    const { sheet, col, ids, rowOf } = sheetOf(workbook);
    const targets: Target[] = body.current.result.targets;
    expect(ids().sort()).toEqual(targets.map((x) => x.unit).sort());
    expect(sheet.getCell('D1').value).toBe('销售额 [revenue]');
    for (const target of targets) {
      const row = sheet.getRow(rowOf(target.unit));
      expect(row.getCell(col('合计 (分)')).value).toBe(target.value);
      expect(target.periods.map((p) => row.getCell(col(p.label)).value)).toEqual(
        target.periods.map((p) => p.value),
      );
    }
    const sh1 = sheet.getRow(rowOf(w.reps.sh1.id));
    expect(sh1.getCell(2).value).toBe('张伟');
    expect(sh1.getCell(3).value).toBe('上海一组');
    // The terms of every target, on the second sheet.
    const derivation = workbook.getWorksheet('计算过程')!;
    const units = new Set<string>();
    derivation.eachRow((row, r) => {
      if (r > 1) units.add(String(row.getCell(1).value));
    });
    expect([...units].sort()).toEqual(targets.map((x) => x.unit).sort());
  });

  it('cuts the workbook to a manager’s scope and words it in the asked language', async () => {
    const { res, workbook } = await exported(manager, '?locale=en');
    expect(res.headers['content-disposition']).toContain(
      `filename*=UTF-8''target-plan-2026%20${encodeURIComponent('年二季度销售目标')}-v1.xlsx`,
    );
    const { ids, col } = sheetOf(workbook, 'Targets');
    expect(ids().sort()).toEqual([w.reps.sh1.id, w.reps.sh2.id, w.reps.eastRep.id].sort());
    expect(col('Adjusted value')).toBeGreaterThan(0);
  });

  it('refuses an unknown version and hides drafts from reps', async () => {
    const missing = await admin({ method: 'GET', url: url('/export.xlsx?version=9') });
    expect(missing.statusCode).toBe(404);
    expect((await rep({ method: 'GET', url: url('/export.xlsx') })).statusCode).toBe(404);
  });
});

describe('importing adjustments from Excel', () => {
  it('applies every adjustment of a filled-in export as one new version, audited', async () => {
    const { workbook } = await exported(manager);
    const { sheet, col, rowOf } = sheetOf(workbook);
    const adjusted = col('调整值');
    const comment = col('调整说明');
    sheet.getRow(rowOf(w.reps.eastRep.id)).getCell(adjusted).value = 1_000_000;
    sheet.getRow(rowOf(w.reps.eastRep.id)).getCell(comment).value = '新区域开拓';
    sheet.getRow(rowOf(w.reps.sh2.id)).getCell(adjusted).value = '2,000,000';
    sheet.getRow(rowOf(w.reps.sh2.id)).getCell(comment).value = '老客户续约';

    const res = await importing(manager, await bytesOf(workbook));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ plan: { version: 2 }, changed: 2, unchanged: 0 });
    const body = await detail();
    const value = (id: string) =>
      body.current.result.targets.find((x: Target) => x.unit === id)?.value;
    expect(value(w.reps.eastRep.id)).toBe(1_000_000);
    expect(value(w.reps.sh2.id)).toBe(2_000_000);
    // The rest, 13,000,000, by history 3 : 4.
    expect(value(w.reps.sh1.id) + value(w.reps.southRep.id)).toBe(13_000_000);
    const versions = (await admin({ method: 'GET', url: url('/versions') })).json().items;
    expect(versions.map((v: { version: number; change: string }) => [v.version, v.change])).toEqual(
      [
        [2, 'imported'],
        [1, 'created'],
      ],
    );
    expect(versions[0].detail.count).toBe(2);
    const audit = await t.deps.stores.audit.list({
      workspaceId: w.ws.id,
      limit: 5,
      entity: 'plan',
    });
    expect(audit.filter((a) => a.action === 'adjust').map((a) => a.after)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ repId: w.reps.eastRep.id, value: 1_000_000, version: 2 }),
        expect.objectContaining({ repId: w.reps.sh2.id, value: 2_000_000, version: 2 }),
      ]),
    );
  });

  it('shows the adjustments in the next export; importing it again changes nothing', async () => {
    const { workbook } = await exported(manager);
    const { sheet, col, rowOf } = sheetOf(workbook);
    expect(sheet.getRow(rowOf(w.reps.eastRep.id)).getCell(col('调整值')).value).toBe(1_000_000);
    const res = await importing(manager, await bytesOf(workbook), 'application/octet-stream');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ plan: { version: 2 }, changed: 0, unchanged: 2 });
    expect((await detail()).version).toBe(2);
  });

  it('lists every problem of a bad file at its cell and changes nothing', async () => {
    const { workbook } = await exported(manager);
    const { sheet, col, rowOf } = sheetOf(workbook);
    const adjusted = col('调整值');
    const sh1 = sheet.getRow(rowOf(w.reps.sh1.id));
    sh1.getCell(adjusted).value = 5_000_000; // no comment
    const sh2 = sheet.getRow(rowOf(w.reps.sh2.id));
    sh2.getCell(adjusted).value = '很多';
    const stray = sheet.getRow(sheet.rowCount + 1);
    stray.getCell(1).value = 'nobody';
    const res = await importing(manager, await bytesOf(workbook), XLSX, '?locale=en');
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('validation.failed');
    expect(error.details.issues).toEqual([
      {
        path: `目标!${sh1.getCell(adjusted + 1).address}`,
        code: 'comment_required',
        message: 'an adjusted value needs a comment',
      },
      {
        path: `目标!${sh2.getCell(adjusted).address}`,
        code: 'not_a_number',
        message: '"很多" is not a number',
      },
      {
        path: `目标!A${stray.number}`,
        code: 'unknown_unit',
        message: 'unknown unit ID "nobody"',
      },
    ]);
    expect((await detail()).version).toBe(2);
  });

  it('refuses a file that is not a workbook, and one too large', async () => {
    const res = await importing(
      manager,
      Buffer.from('unit,value\nsh1,1'),
      'application/octet-stream',
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.issues).toEqual([
      { path: '', code: 'not_xlsx', message: '不是有效的 Excel 工作簿（.xlsx）' },
    ]);
    // Above the API's usual 1 MB, within the 10 MB a workbook may take.
    const big = await importing(manager, Buffer.alloc(2 * 1024 * 1024));
    expect(big.json().error.details.issues[0].code).toBe('not_xlsx');
    const large = await importing(manager, Buffer.alloc(11 * 1024 * 1024));
    expect(large.statusCode).toBe(413);
    expect((await detail()).version).toBe(2);
  });

  it('refuses rows outside the manager’s scope, and reps altogether', async () => {
    const { workbook } = await exported(admin);
    const { sheet, col, rowOf } = sheetOf(workbook);
    const row = sheet.getRow(rowOf(w.reps.southRep.id));
    row.getCell(col('调整值')).value = 1;
    row.getCell(col('调整说明')).value = '越权';
    const bytes = await bytesOf(workbook);
    const res = await importing(manager, bytes);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.issues).toEqual([
      expect.objectContaining({ path: `目标!A${row.number}`, code: 'unknown_unit' }),
    ]);
    expect((await importing(rep, bytes)).statusCode).toBe(403);
    // The same file is within an administrator's scope.
    const byAdmin = await importing(admin, bytes);
    expect(byAdmin.json()).toMatchObject({ plan: { version: 3 }, changed: 1, unchanged: 2 });
  });

  it('imports into drafts only', async () => {
    const { workbook } = await exported(manager);
    const bytes = await bytesOf(workbook);
    expect((await manager({ method: 'POST', url: url('/submit') })).statusCode).toBe(200);
    const submitted = await importing(manager, bytes);
    expect(submitted.statusCode).toBe(409);
    expect(submitted.json().error).toMatchObject({
      code: 'plan.wrong_status',
      details: { status: 'submitted', required: 'draft' },
    });
    expect((await manager({ method: 'POST', url: url('/approve') })).statusCode).toBe(200);
    expect((await admin({ method: 'POST', url: url('/publish') })).statusCode).toBe(200);
    const published = await importing(admin, bytes);
    expect(published.statusCode).toBe(409);
    expect(published.json().error.code).toBe('plan.locked');
  });

  it('gives a rep a workbook of their own row of the published plan', async () => {
    const { workbook } = await exported(rep);
    const { sheet, ids, col } = sheetOf(workbook);
    expect(ids()).toEqual([w.reps.sh1.id]);
    const mine = (await detail(rep)).current.result.targets[0];
    expect(sheet.getRow(3).getCell(col('合计 (分)')).value).toBe(mine.value);
    // Other reps' adjustments and names appear nowhere.
    const text = JSON.stringify(workbook.worksheets.map((s) => s.getSheetValues()));
    expect(text).not.toContain(w.reps.eastRep.id);
    expect(text).not.toContain('新区域开拓');
  });
});
