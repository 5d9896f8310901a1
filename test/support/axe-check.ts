// Runs axe-core on a page in a real browser. Its source goes in through `page.evaluate` (the DevTools
// protocol), because a <script> tag added to the page would be refused by the app's own
// Content-Security-Policy, which the tests keep as strict as production.

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export type AxeImpact = 'minor' | 'moderate' | 'serious' | 'critical';

export interface AxeViolation {
  rule: string;
  impact: AxeImpact | null;
  help: string;
  helpUrl: string;
  /** One entry per offending element: its CSS selector and what axe says is wrong with it. */
  nodes: { target: string; summary: string }[];
}

/** The impacts that fail a test: the ones a person using a screen reader or a keyboard cannot get past. */
export const BLOCKING_IMPACTS: readonly AxeImpact[] = ['serious', 'critical'];

let axeSource: Promise<string> | undefined;

function loadAxeSource(): Promise<string> {
  axeSource ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

/**
 * Every axe violation on the page as it stands now (all of axe's default rules: WCAG 2.x A and AA and its
 * best practices). `include` narrows the check to part of the page, a CSS selector.
 */
export async function findViolations(
  page: Page,
  options: { include?: string } = {},
): Promise<AxeViolation[]> {
  const source = await loadAxeSource();
  // A page that navigated since the last check has lost axe; evaluating the source again is cheap.
  await page.evaluate(`if (!window.axe) { ${source}\n }`);
  return page.evaluate(async (include) => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<any> } })
      .axe;
    const results = await axe.run(include ? { include: [include] } : document, {
      resultTypes: ['violations'],
    });
    return (results.violations as any[]).map((violation) => ({
      rule: violation.id as string,
      impact: violation.impact as AxeImpact | null,
      help: violation.help as string,
      helpUrl: violation.helpUrl as string,
      nodes: (violation.nodes as any[]).map((node) => ({
        target: (node.target as unknown[]).map(String).join(' '),
        summary: String(node.failureSummary ?? '')
          .trim()
          .replace(/:?\n\s*/g, (gap) => (gap.startsWith(':') ? ': ' : '; ')),
      })),
    }));
  }, options.include ?? null);
}

/** One readable block per violation: rule, impact, what it asks, and each element with what is wrong. */
export function describeViolations(violations: readonly AxeViolation[], where = ''): string {
  return violations
    .map((violation) =>
      [
        `${where ? `${where}: ` : ''}${violation.rule} (${violation.impact ?? 'no impact'}): ${violation.help}`,
        ...violation.nodes.map((node) => `  - ${node.target}\n    ${node.summary}`),
      ].join('\n'),
    )
    .join('\n');
}

/**
 * Fails the test when the page has any serious or critical violation, listing each with its elements.
 * `where` names the page and width in the message (say 'report at 390×844'). Returns every violation,
 * milder ones included, for a test that wants to report them.
 */
export async function expectNoSeriousViolations(
  page: Page,
  where: string,
  options: { include?: string } = {},
): Promise<AxeViolation[]> {
  const violations = await findViolations(page, options);
  const blocking = violations.filter((violation) => BLOCKING_IMPACTS.includes(violation.impact!));
  expect(
    blocking.length,
    `serious or critical accessibility violations\n${describeViolations(blocking, where)}`,
  ).toBe(0);
  return violations;
}
