// The board's PDF of a campaign's report: the report exactly as this reader is given it by the report route
// (the disclosure rules applied to the whole, then cut to a department head's departments), with the action
// plan as the plan list shows it to them, laid out on A4 in the language asked for. A report with nothing
// to show this reader gives no PDF, as the responses export gives no file.

import { createRoute, z } from '@hono/zod-openapi';
import type { AppDeps } from '../app-deps';
import { planProgress, visibleActions } from '../domain/decisions/action-plan';
import { ConflictError, DomainError } from '../domain/errors';
import type { Language } from '../../shared/languages';
import { renderBoardPdf } from '../board-pdf/board-pdf';
import { audit } from '../http/audit';
import { guard, requirePrincipal } from '../http/guard';
import { createRouter, problems } from '../http/router';
import { IdParam } from '../http/schemas';
import { loadCampaignById } from './campaign-context';
import { reportForReader } from './campaign-reports';
import type { CampaignTallies } from './campaign-tallies';

const tags = ['Campaigns'];

/** The query names the product's own language ids; a short `zh` is taken for Chinese too. */
const LANGUAGE_OF: Record<string, Language> = { en: 'en', zh: 'zh-cn', 'zh-cn': 'zh-cn' };

/** A language the PDF is not written in: a malformed request, not a field of a form to correct. */
class PdfLanguageError extends DomainError {
  readonly status = 400;
  readonly type = 'pdf-language';
}

export const PdfQuery = z.object({
  lang: z
    .string()
    .max(10)
    .optional()
    .openapi({ description: 'en (the default) or zh (zh-cn): the language the PDF is written in' }),
});

export function boardPdfRoutes(deps: AppDeps, tallies: CampaignTallies) {
  const { storage } = deps;
  return createRouter().openapi(
    createRoute({
      method: 'get',
      path: '/{id}/report.pdf',
      tags,
      summary:
        'The report for the board as an A4 PDF in English or Chinese: summary, charts, recommendations, action plan and the full analysis, as the reader may see them; 409 while nothing can be shown',
      request: { params: IdParam, query: PdfQuery },
      responses: {
        200: {
          content: { 'application/pdf': { schema: { type: 'string' as const, format: 'binary' } } },
          description: 'The PDF, as a download',
        },
        ...problems(400, 401, 404, 409, 422),
      },
    }),
    async (c) => {
      const loaded = await loadCampaignById(deps, c.req.valid('param').id);
      const access = guard(c, 'report:read', loaded.campaign.organizationId);
      const { lang } = c.req.valid('query');
      const language = LANGUAGE_OF[lang ?? 'en'];
      if (!language) {
        throw new PdfLanguageError('Ask for lang en or zh (zh-cn).', {
          code: 'request.malformed',
          params: {},
        });
      }
      const report = await reportForReader(access, deps, tallies, loaded);
      // Nothing released, or nothing of it this reader may see: no figure, so no document for a board.
      if (report.overall === null && !report.departments.some((d) => !d.hidden)) {
        throw new ConflictError(
          'Nothing can be shown yet: answers are released once at least the minimum number of people in a department or reporting group have answered.',
          { code: 'export.nothing-released', params: { min: loaded.campaign.minGroupSize } },
        );
      }
      // The plan as the report page lists it to this reader: this campaign's actions they may see.
      const reader = { departments: access.departments, accountId: requirePrincipal(c).accountId };
      const actions = visibleActions(await storage.actionPlan.list(report.organizationId), reader).filter(
        (a) => a.campaignId === report.campaignId,
      );
      const accountNames = new Map<string, string>();
      for (const action of actions) {
        if (action.owner === null || !('accountId' in action.owner)) continue;
        const account = await storage.accounts.get(action.owner.accountId);
        if (account) accountNames.set(account.id, account.name);
      }
      const pdf = await renderBoardPdf({
        report,
        plan: { actions, progress: planProgress(actions) },
        accountNames,
        openedOn: loaded.campaign.openedOn,
        closedOn: loaded.campaign.closedOn,
        today: deps.today(),
        language,
      });
      // The report leaves the product as a file that can be forwarded: recorded, as the data export is.
      await audit(c, deps, 'campaign.report.pdf', loaded.campaign.id);
      const name = `readiness-report-${language}-${deps.today()}.pdf`;
      return c.body(new Uint8Array(pdf), 200, {
        'content-type': 'application/pdf',
        'content-disposition': `attachment; filename="${name}"`,
        'cache-control': 'no-store',
      });
    },
  );
}
