import { useState } from 'react';
import type { Campaign, Organization } from '../../../server/http/api-types';

export const surveyUrl = (token: string) => `${window.location.origin}/s/${token}`;

export function SurveyLinks({ campaign, organization }: { campaign: Campaign; organization: Organization }) {
  const [copied, setCopied] = useState<string | null>(null);
  const nameOf = (departmentId: string | null) =>
    departmentId === null
      ? 'Everyone (respondents pick their department)'
      : (organization.departments.find((d) => d.id === departmentId)?.name ?? 'Unknown department');

  async function copy(token: string) {
    await navigator.clipboard?.writeText(surveyUrl(token)).catch(() => undefined);
    setCopied(token);
  }

  return (
    <section aria-labelledby="links-heading">
      <h2 id="links-heading">Survey links</h2>
      <p className="muted">
        Share one link with everyone, or one link per department. Links carry no personal information: answers
        cannot be traced back to who opened them.
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">For</th>
            <th scope="col">Link</th>
            <th scope="col">
              <span className="visually-hidden">Copy</span>
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
                  {copied === link.token ? 'Copied' : 'Copy'}
                  <span className="visually-hidden"> link for {nameOf(link.departmentId)}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
