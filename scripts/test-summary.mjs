#!/usr/bin/env node
/**
 * Sums vitest JSON reports (`--reporter=json --outputFile.json=…`) and Playwright JSON reports
 * (`--reporter=json`, PLAYWRIGHT_JSON_OUTPUT_NAME=…) and prints one closing line
 * `N passed, N failed, N skipped`, the form CI reads. Exits 1 when anything failed.
 *
 *   node scripts/test-summary.mjs [--failed-step=NAME …] .ci-vitest.json .ci-playwright.json
 *
 * --failed-step names a CI step that failed without a report (install, check, build): 1 failed.
 * A report that is missing or unreadable counts as 1 failed: a run that crashed before writing
 * its report must not look green.
 */
import { readFileSync } from 'node:fs';

/** @typedef {{ passed: number, failed: number, skipped: number, notes: string[] }} Counts */

/** vitest: a file that failed to load has no failed test, so it counts as one failure itself. */
function fromVitest(report) {
  const notes = [];
  let failed = report.numFailedTests ?? 0;
  for (const file of report.testResults ?? []) {
    const failedTests = (file.assertionResults ?? []).filter((t) => t.status === 'failed').length;
    if (file.status === 'failed' && failedTests === 0) {
      failed += 1;
      notes.push(`${file.name}: ${(file.message ?? 'failed to run').split('\n')[0]}`);
    }
  }
  if (report.success === false && failed === 0) {
    failed = 1;
    notes.push('vitest reported an unsuccessful run (unhandled error?)');
  }
  return {
    passed: report.numPassedTests ?? 0,
    failed,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
    notes,
  };
}

/** Playwright: flaky (passed on retry) counts as passed; errors outside tests count as failed. */
function fromPlaywright(report) {
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
  const errors = (report.errors ?? []).map((e) => (e.message ?? String(e)).split('\n')[0]);
  const notes = [...errors];
  if (flaky > 0) notes.push(`${flaky} flaky test(s) passed on retry`);
  return { passed: expected + flaky, failed: unexpected + errors.length, skipped, notes };
}

/** @returns {Counts & { kind: string }} */
function readReport(path) {
  let report;
  try {
    report = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const reason = error.code === 'ENOENT' ? 'missing' : `unreadable (${error.message})`;
    return { kind: 'report', passed: 0, failed: 1, skipped: 0, notes: [`report ${reason}`] };
  }
  if (typeof report.numTotalTests === 'number') return { kind: 'vitest', ...fromVitest(report) };
  if (report.stats && typeof report.stats.expected === 'number') {
    return { kind: 'playwright', ...fromPlaywright(report) };
  }
  return {
    kind: 'report',
    passed: 0,
    failed: 1,
    skipped: 0,
    notes: ['not a vitest or Playwright JSON report'],
  };
}

const args = process.argv.slice(2);
const steps = args.filter((a) => a.startsWith('--failed-step=')).map((a) => a.slice(14));
const paths = args.filter((a) => !a.startsWith('--failed-step='));
if (paths.length + steps.length === 0) {
  console.error('usage: node scripts/test-summary.mjs [--failed-step=NAME …] REPORT.json …');
  process.exit(2);
}

const total = { passed: 0, failed: steps.length, skipped: 0 };
for (const step of steps) console.log(`  step failed: ${step}`);
for (const path of paths) {
  const r = readReport(path);
  // Not in the closing-line form, so CI reads only the last line.
  console.log(
    `  ${path} (${r.kind}): passed ${r.passed}, failed ${r.failed}, skipped ${r.skipped}`,
  );
  for (const note of r.notes) console.log(`    ${note}`);
  total.passed += r.passed;
  total.failed += r.failed;
  total.skipped += r.skipped;
}
if (total.passed + total.failed === 0) console.log('  warning: no test ran');
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exitCode = total.failed > 0 ? 1 : 0;
