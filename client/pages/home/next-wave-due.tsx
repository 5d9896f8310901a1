import { Link, useNavigate } from 'react-router';
import type { NextWaveDue as Due } from '../../../server/http/api-types';
import { api } from '../../api/client';
import { FormError } from '../../components/form-error';
import { useText } from '../../components/ui-language';
import { useAction } from '../../components/use-action';
import { HOME_TEXT } from './home-text';

/**
 * When an organization's next calibration wave is due, as the server worked it out (no calendar arithmetic
 * here), and for those who manage the organization a button that makes it from the last wave and opens the
 * new draft. A wave already under way is linked instead, so nobody makes two.
 */
export function NextWaveDue({
  organization,
  due,
  mayManage,
}: {
  organization: string;
  due: Due;
  mayManage: boolean;
}) {
  const text = useText(HOME_TEXT);
  const navigate = useNavigate();
  const making = useAction();
  const days = Math.abs(due.daysUntil);
  const when = text.nextWaveDue[due.status](due.dueOn, days);

  function make() {
    void making.run(async () => {
      const made = await api.nextWave(due.lastCampaignId, {
        name: text.proposedName(due.dueQuarter.year, due.dueQuarter.quarter),
        copyStaffList: true,
      });
      navigate(`/campaigns/${made.campaign.id}`);
    });
  }

  return (
    <div className={`next-wave-due next-wave-${due.status}`} data-testid="next-wave-due">
      <p>
        <strong>{when}</strong>
        <br />
        <span className="muted">
          {text.cadenceSince(due.cadenceMonths, due.lastCampaignName, due.lastClosedOn)}
        </span>
      </p>
      {due.underway ? (
        <p>
          {text.underway(due.underway.name, due.underway.status === 'open')}{' '}
          <Link to={`/campaigns/${due.underway.campaignId}`}>{text.openUnderway}</Link>
        </p>
      ) : (
        mayManage && (
          <>
            <button type="button" onClick={make} disabled={making.busy}>
              {making.busy ? text.makingNextWave : text.makeNextWave}
              <span className="visually-hidden">{text.makeNextWaveFor(organization)}</span>
            </button>
            <FormError error={making.error} />
          </>
        )
      )}
    </div>
  );
}
