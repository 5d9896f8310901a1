// A report opens on its executive summary; the analyst's material (scores, tables, the radar, what to do)
// is one click away, behind "The full report". Tests that read that material open it as a reader would.

import type { Page } from 'playwright-core';

export async function openFullReport(page: Page): Promise<void> {
  const details = page.getByTestId('full-report');
  await details.waitFor();
  const open = await details.evaluate((element) => (element as HTMLDetailsElement).open);
  if (!open) await details.locator('summary').first().click();
}
