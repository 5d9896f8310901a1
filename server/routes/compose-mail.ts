// Issues each person a fresh personal link and writes their email from the campaign's template. The link's
// token exists only here and in the message: storage keeps its hash.

import type { AppDeps } from '../app-deps';
import type { Campaign } from '../domain/campaign';
import { renderEmail, type MailKind } from '../domain/email-template';
import type { Organization } from '../domain/organization';
import type { SurveyInvitation } from '../domain/survey-invitation';
import type { OutgoingMail } from '../mail/mailer';

export interface ComposedMail {
  invitation: SurveyInvitation;
  link: string;
  mail: OutgoingMail;
}

export function composeMails(
  deps: AppDeps,
  linkBase: string,
  campaign: Campaign,
  organization: Organization,
  invitations: readonly SurveyInvitation[],
  kind: MailKind,
): { composed: ComposedMail[]; links: { id: string; tokenHash: string }[] } {
  const composed: ComposedMail[] = [];
  const links: { id: string; tokenHash: string }[] = [];
  for (const invitation of invitations) {
    const token = deps.newToken();
    const link = `${linkBase}/s/${token}`;
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
    });
    links.push({ id: invitation.id, tokenHash: deps.hashToken(token) });
    composed.push({ invitation, link, mail: { to: invitation.email, subject, text } });
  }
  return { composed, links };
}
