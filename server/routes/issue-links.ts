// Issues fresh personal links to the people a mailing is for, and writes each one's email from the
// campaign's template. A link's token exists only in this answer and in the message: storage keeps its hash.

import type { Context } from 'hono';
import { surveyPath } from '../../shared/public-paths';
import type { AppDeps } from '../app-deps';
import { campaignClosedError, campaignPhase, type Campaign } from '../domain/campaigns/campaign';
import { renderEmail, type MailKind } from '../domain/campaigns/email-template';
import { ConflictError } from '../domain/errors';
import type { Organization } from '../domain/campaigns/organization';
import type { Questionnaire } from '../domain/instrument/questionnaire';
import { questionnaireMinutes } from '../domain/instrument/questionnaire-minutes';
import { recipientsOf, type SurveyInvitation } from '../domain/campaigns/survey-invitation';
import { clientOf } from '../http/client-origin';
import type { AppEnv } from '../http/session';
import type { OutgoingMail } from '../mail/mailer';

/**
 * Where personal links point: the configured public address, else the address the administrator used,
 * https when a trusted proxy says the administrator came over https (Node itself then sees plain http).
 */
export function linkBaseOf(deps: AppDeps, c: Context<AppEnv>): string {
  if (deps.publicUrl) return deps.publicUrl;
  const url = new URL(c.req.url);
  return `${clientOf(c).isHttps ? 'https:' : url.protocol}//${url.host}`;
}

export function assertMayDistribute(campaign: Campaign, now: number): void {
  if (campaign.status === 'draft') {
    throw new ConflictError('Open the campaign before sending links: its settings are fixed at opening.', {
      code: 'distribution.not-opened',
      params: {},
    });
  }
  if (campaignPhase(campaign, now) === 'closed') throw campaignClosedError();
}

export interface ComposedMail {
  invitation: SurveyInvitation;
  link: string;
  mail: OutgoingMail;
}

function composeMails(
  deps: AppDeps,
  linkBase: string,
  campaign: Campaign,
  organization: Organization,
  questionnaire: Questionnaire,
  invitations: readonly SurveyInvitation[],
  kind: MailKind,
): { composed: ComposedMail[]; links: { id: string; tokenHash: string }[] } {
  const minutes = questionnaireMinutes(questionnaire);
  const composed: ComposedMail[] = [];
  const links: { id: string; tokenHash: string }[] = [];
  for (const invitation of invitations) {
    const token = deps.newToken();
    const link = `${linkBase}${surveyPath(token)}`;
    // A person's language is used only where the campaign runs in it.
    const language = campaign.languages.includes(invitation.language)
      ? invitation.language
      : campaign.languages[0]!;
    const { subject, text } = renderEmail(campaign.emailTemplates[kind], language, {
      name: invitation.name,
      link,
      organization: organization.name,
      campaign: campaign.name,
      closes: campaign.closesAt === null ? null : campaign.closesAt.slice(0, 10),
      minutes: minutes[language],
    });
    links.push({ id: invitation.id, tokenHash: deps.hashToken(token) });
    composed.push({ invitation, link, mail: { to: invitation.email, subject, text } });
  }
  return { composed, links };
}

/**
 * Gives everyone a mailing of `kind` is for a new link, stored (as hashes) before any message can arrive,
 * and returns their messages. Refuses when there is nobody to send to.
 */
export async function issueLinks(
  deps: AppDeps,
  linkBase: string,
  campaign: Campaign,
  organization: Organization,
  questionnaire: Questionnaire,
  kind: MailKind,
): Promise<ComposedMail[]> {
  const recipients = recipientsOf(await deps.storage.surveyInvitations.listByCampaign(campaign.id), kind);
  if (recipients.length === 0) {
    throw kind === 'invitation'
      ? new ConflictError('Everyone on the list has been sent a link already.', {
          code: 'mailing.nobody-to-invite',
          params: {},
        })
      : new ConflictError('Nobody who was sent a link is still waiting to answer.', {
          code: 'mailing.nobody-to-remind',
          params: {},
        });
  }
  const { composed, links } = composeMails(
    deps,
    linkBase,
    campaign,
    organization,
    questionnaire,
    recipients,
    kind,
  );
  // Only those still listed get a message: a person taken off the list meanwhile has no working link.
  const issued = new Set(await deps.storage.surveyInvitations.issueLinks(links));
  return composed.filter(({ invitation }) => issued.has(invitation.id));
}
