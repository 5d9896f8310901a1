import { useState } from 'react';
import type { Campaign, Organization } from '../../../server/http/api-types';
import { surveyPath } from '../../../shared/public-paths';
import { useText } from '../../components/ui-language';
import { CAMPAIGN_TEXT } from './campaign-text';
import { TableScroll } from '../../components/table-scroll';

export const surveyUrl = (token: string) => `${window.location.origin}${surveyPath(token)}`;

export function SurveyLinks({ campaign, organization }: { campaign: Campaign; organization: Organization }) {
  const text = useText(CAMPAIGN_TEXT);
  const [copied, setCopied] = useState<string | null>(null);
  const nameOf = (departmentId: string | null) =>
    departmentId === null
      ? text.everyone
      : (organization.departments.find((d) => d.id === departmentId)?.name ?? text.unknownDepartment);

  async function copy(token: string) {
    await navigator.clipboard?.writeText(surveyUrl(token)).catch(() => undefined);
    setCopied(token);
  }

  return (
    <section aria-labelledby="links-heading">
      <h2 id="links-heading">{text.links}</h2>
      <p className="muted">{text.linksIntro}</p>
      <TableScroll label={text.links}>
        <table>
          <thead>
            <tr>
              <th scope="col">{text.linkFor}</th>
              <th scope="col">{text.link}</th>
              <th scope="col">
                <span className="visually-hidden">{text.copy}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {campaign.links.map((link) => (
              <tr key={link.token} data-department={link.departmentId ?? 'all'}>
                <td>{nameOf(link.departmentId)}</td>
                <td>
                  <a href={surveyUrl(link.token)} target="_blank" rel="noreferrer" className="survey-link">
                    {surveyUrl(link.token)}
                  </a>
                </td>
                <td>
                  <button type="button" className="link" onClick={() => copy(link.token)}>
                    {copied === link.token ? text.copied : text.copy}
                    <span className="visually-hidden">{text.copyFor(nameOf(link.departmentId))}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
