// What the check of an uploaded staff list tells HR before importing: people per department, what is
// skipped, every problem by line, and whether the import may go ahead.

import type { StaffListPreview } from '../../../server/http/api-types';

export interface StaffPreviewSummary {
  /** Every department of the campaign, those with nobody new too, so a missing one stands out. */
  departments: StaffListPreview['byDepartment'];
  newPeople: number;
  alreadyListed: number;
  unknownDepartments: string[];
  /** In line order, so the list reads down the file as the spreadsheet does. */
  problems: {
    line: number;
    message: string;
    code?: string;
    params?: StaffListPreview['errors'][number]['params'];
  }[];
  /** The server imports all or nothing: one problem, or nobody new, and there is nothing to import. */
  verdict: 'fix-problems' | 'nothing-new' | 'ready';
}

export function summarizeStaffPreview(preview: StaffListPreview): StaffPreviewSummary {
  const problems = preview.errors
    .map((e) => ({ line: e.line, message: e.message, code: e.code, params: e.params }))
    .sort((a, b) => a.line - b.line);
  const newPeople = preview.people.length;
  return {
    departments: preview.byDepartment,
    newPeople,
    alreadyListed: preview.alreadyListed,
    unknownDepartments: preview.unknownDepartments,
    problems,
    verdict: problems.length > 0 ? 'fix-problems' : newPeople === 0 ? 'nothing-new' : 'ready',
  };
}
