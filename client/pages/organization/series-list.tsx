import { Link } from 'react-router';
import type { Campaign, OrganizationWithCampaigns, Waves } from '../../../server/http/api-types';
import { api } from '../../api/client';
import { ResourceView } from '../../components/resource-view';
import { useText, useUiLanguage } from '../../components/ui-language';
import { useResource } from '../../components/use-resource';
import { WAVES_TEXT } from './waves-text';

/**
 * The organization's series of waves, oldest first: each wave's label (the quarter it closed in), name,
 * verdict, whom it asked and the wave it was made from. The waves of the latest campaign that opened carry
 * the history of them all, so one request gives every verdict.
 */
export function SeriesList({ organization }: { organization: OrganizationWithCampaigns }) {
  const text = useText(WAVES_TEXT);
  // The same campaigns the waves reply counts: opened, not archived.
  const opened = organization.campaigns
    .filter((c) => c.status !== 'draft' && c.archivedOn === undefined)
    .sort(
      (a, b) => (a.openedOn ?? '').localeCompare(b.openedOn ?? '') || a.createdOn.localeCompare(b.createdOn),
    );
  const latest = opened.at(-1);
  if (!latest) return <p className="muted">{text.noSeries}</p>;
  return <Series organization={organization} latestId={latest.id} />;
}

function Series({ organization, latestId }: { organization: OrganizationWithCampaigns; latestId: string }) {
  const [waves] = useResource(() => api.campaignWaves(latestId), latestId);
  const byId = new Map(organization.campaigns.map((c) => [c.id, c]));
  return (
    <ResourceView resource={waves}>
      {(w) => (
        <ol className="list" data-testid="series">
          {w.history.map((h) => {
            const campaign = byId.get(h.campaignId);
            return campaign ? (
              <SeriesItem
                key={h.campaignId}
                wave={h}
                campaign={campaign}
                byId={byId}
                organization={organization}
              />
            ) : null;
          })}
        </ol>
      )}
    </ResourceView>
  );
}

function SeriesItem({
  wave,
  campaign,
  byId,
  organization,
}: {
  wave: Waves['history'][number];
  campaign: Campaign;
  byId: ReadonlyMap<string, Campaign>;
  organization: OrganizationWithCampaigns;
}) {
  const text = useText(WAVES_TEXT);
  const label =
    wave.label.kind === 'named' ? wave.label.name : text.quarter(wave.label.year, wave.label.quarter);
  const { language } = useUiLanguage();
  const verdict = wave.title[language];
  // A pilot is named by the departments it asked, as they stood when it opened.
  const departments = (campaign.departmentsAtOpening ?? organization.departments)
    .filter((d) => campaign.departmentIds.includes(d.id))
    .map((d) => d.name);
  const scope = campaign.scope === 'organization' ? text.wholeOrganization : text.pilot(departments);
  const previous = campaign.previousWaveId === null ? undefined : byId.get(campaign.previousWaveId);
  return (
    <li data-testid={`wave-${campaign.name}`}>
      <strong>{label}</strong> · {text.nameThen(campaign.name)}
      {/* The verdict, not the name, links to the report: the campaign list below links each name already. */}
      <Link to={`/campaigns/${campaign.id}/report`}>
        {wave.closed ? verdict : text.verdictSoFar(verdict)}
      </Link>
      <br />
      <span className="muted">
        {scope}
        {previous && ` · ${text.madeFrom(previous.name)}`}
      </span>
    </li>
  );
}
