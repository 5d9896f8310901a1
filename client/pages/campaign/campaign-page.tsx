import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { CampaignDetail } from '../../../server/http/api-types';
import { api } from '../../api/client';
import { allows } from '../../components/permissions';
import { PageFrame } from '../../components/page-frame';
import { ResourceView } from '../../components/resource-view';
import { StatusBadge } from '../../components/status-badge';
import { useResource } from '../../components/use-resource';
import { useSession } from '../../components/use-session';
import { useText } from '../../components/ui-language';
import { FormError } from '../../components/form-error';
import { useAction } from '../../components/use-action';
import { AccessCodesSection } from './access-codes-section';
import { ChatSection } from './chat-section';
import { CAMPAIGN_TEXT } from './campaign-text';
import { CutChoiceSection } from './cut-choice-section';
import { DisclosurePreview } from './disclosure-preview';
import { instantToDay } from './local-day';
import { ProgressTable } from './progress-table';
import { ReportingGroups } from './reporting-groups';
import { NextWaveSection } from './next-wave-section';
import { WaveLineageSection } from './wave-lineage-section';
import { SendingSection } from './sending-section';
import { SettingsSection } from './settings-section';
import { StaffSection } from './staff-section';
import { SurveyLinks } from './survey-links';
import { SuspectsSection } from './suspects-section';
import { useLiveProgress } from './use-live-progress';
import { WaysOfAnswering } from './ways-of-answering';
import './campaign.css';

export default function CampaignPage() {
  const { id = '' } = useParams();
  const text = useText(CAMPAIGN_TEXT);
  const [detail, reload] = useResource(() => api.campaign(id), id);
  const title = detail.state === 'ready' ? detail.data.campaign.name : text.fallbackTitle;
  return (
    <PageFrame title={title}>
      <ResourceView resource={detail} notFound={text.notFound}>
        {(data) => <CampaignView detail={data} reload={reload} />}
      </ResourceView>
    </PageFrame>
  );
}

function CampaignView({ detail, reload }: { detail: CampaignDetail; reload: () => void }) {
  const text = useText(CAMPAIGN_TEXT);
  const { principal } = useSession();
  // The phase (derived by the server from the stored status and the dates) is the one thing the page goes
  // by: a campaign past its last day is closed here, whatever its stored status still says.
  const { campaign, organization, phase } = detail;
  const mayManage = allows(principal, 'campaign:manage', campaign.organizationId);
  // Links and codes are ways to answer: only those who send the survey out hold them (the server agrees).
  const mayDistribute = allows(principal, 'survey:distribute', campaign.organizationId);
  // Chat channels are read by those who manage the campaign and posted to by those who send it out.
  const mayChat = mayManage && mayDistribute;
  // How many chat channels the chat section holds, so the reminder plan offers chat the moment one is added.
  const [chatChannels, setChatChannels] = useState<number | undefined>(undefined);
  const progress = useLiveProgress(campaign.id, detail.progress, phase === 'open' || phase === 'scheduled');
  const lifecycle = useAction<'open' | 'close'>();

  function change(action: 'open' | 'close') {
    if (!window.confirm(action === 'open' ? text.openConfirm : text.closeConfirm)) return;
    void lifecycle.run(async () => {
      await (action === 'open' ? api.openCampaign(campaign.id) : api.closeCampaign(campaign.id));
      reload();
    }, action);
  }

  return (
    <>
      <p>
        <Link to={`/organizations/${organization.id}`}>{organization.name}</Link> ·{' '}
        <StatusBadge status={phase} testId="campaign-phase" /> ·{' '}
        {text.summary(campaign.minGroupSize, campaign.modelVersion)}
      </p>
      <div className="actions">
        {mayManage && phase === 'draft' && (
          <button type="button" disabled={lifecycle.busy} onClick={() => change('open')}>
            {text.open}
          </button>
        )}
        {mayManage && (phase === 'open' || phase === 'scheduled') && (
          <button
            type="button"
            className="secondary"
            disabled={lifecycle.busy}
            onClick={() => change('close')}
          >
            {text.close}
          </button>
        )}
        <Link className="button-link" to={`/campaigns/${campaign.id}/report`}>
          {text.report}
        </Link>
        <button type="button" className="secondary" onClick={reload}>
          {text.refresh}
        </button>
      </div>
      <FormError error={lifecycle.error} />
      <PhaseNotice detail={detail} />
      {phase === 'draft' ? (
        // Setting up: the rules, who is invited, who the reports will show, then sending.
        <>
          {mayManage && <SettingsSection detail={detail} onChanged={reload} />}
          {mayManage && <StaffSection detail={detail} onChanged={reload} />}
          <DisclosurePreview
            rows={detail.disclosure}
            minGroupSize={campaign.minGroupSize}
            target={campaign.targetResponseRate}
          />
          {mayManage && <ReportingGroups detail={detail} onChanged={reload} />}
          {mayManage && <CutChoiceSection detail={detail} onChanged={reload} />}
          {mayManage && <SendingSection detail={detail} onChanged={reload} chatChannels={chatChannels} />}
          {mayChat && <ChatSection detail={detail} onChannels={setChatChannels} />}
          <WaysOfAnswering detail={detail} />
          {mayDistribute && <AccessCodesSection detail={detail} />}
          {mayDistribute && <SurveyLinks campaign={campaign} organization={organization} />}
        </>
      ) : (
        // Running or done: how it is going comes first.
        <>
          <ProgressTable progress={progress} live={phase === 'open'} />
          {mayManage && <SendingSection detail={detail} onChanged={reload} chatChannels={chatChannels} />}
          {mayChat && <ChatSection detail={detail} onChannels={setChatChannels} />}
          {mayManage && <StaffSection detail={detail} onChanged={reload} />}
          {mayDistribute && <SuspectsSection detail={detail} onChanged={reload} />}
          {mayManage && <SettingsSection detail={detail} onChanged={reload} />}
          {mayManage && <CutChoiceSection detail={detail} onChanged={reload} />}
          {mayManage && <NextWaveSection detail={detail} />}
          <WaysOfAnswering detail={detail} />
          {mayDistribute && phase !== 'closed' && <AccessCodesSection detail={detail} />}
          {mayDistribute && <SurveyLinks campaign={campaign} organization={organization} />}
        </>
      )}
      {mayManage && <WaveLineageSection detail={detail} />}
    </>
  );
}

function PhaseNotice({ detail }: { detail: CampaignDetail }) {
  const text = useText(CAMPAIGN_TEXT);
  const { campaign, phase } = detail;
  const lines = [
    phase === 'draft' && text.draftNotice,
    phase === 'scheduled' && text.scheduledNotice(instantToDay(campaign.opensAt)),
    (phase === 'open' || phase === 'scheduled') &&
      campaign.closesAt &&
      text.closesNotice(instantToDay(campaign.closesAt)),
    phase === 'closed' && text.closedNotice,
  ].filter((l): l is string => typeof l === 'string');
  if (lines.length === 0) return null;
  return <p className="notice">{lines.join(' ')}</p>;
}
