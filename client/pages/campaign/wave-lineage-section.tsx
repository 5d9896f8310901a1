import { useState } from 'react';
import type { CampaignDetail, WaveLineage } from '../../../server/http/api-types';
import { api, ApiError } from '../../api/client';
import { FormError } from '../../components/form-error';
import { useResource } from '../../components/use-resource';
import { useText } from '../../components/ui-language';
import { useAction } from '../../components/use-action';
import { WAVE_LINEAGE_TEXT } from './wave-lineage-text';
import './wave-lineage.css';

type Declaration = WaveLineage['declarations'][number];

const kindOf = (d: Declaration) =>
  d.earlier.length > 1 ? 'merged' : d.later.length > 1 ? 'split' : 'successor';

/**
 * What became of the departments since the wave this one is compared with: merges and splits declared by
 * ticking the departments on each side, listed and removable. Shown only when there is such a wave; the
 * server checks every declaration against both waves' departments and words what it refuses.
 */
export function WaveLineageSection({ detail }: { detail: CampaignDetail }) {
  const text = useText(WAVE_LINEAGE_TEXT);
  const campaignId = detail.campaign.id;
  const [lineage, reload] = useResource(() => api.waveLineage(campaignId), campaignId);
  const [earlier, setEarlier] = useState<string[]>([]);
  const [later, setLater] = useState<string[]>([]);
  const [oneSided, setOneSided] = useState(false);
  const saving = useAction();
  if (lineage.state !== 'ready' || lineage.data.previous === null) return null;
  const { previous, units, declarations } = lineage.data;
  const nameIn = (list: { id: string; name: string }[]) => (id: string) =>
    list.find((u) => u.id === id)?.name ?? id;

  function store(next: Declaration[]) {
    void saving.run(async () => {
      await api.declareLineage(campaignId, { declarations: next });
      setEarlier([]);
      setLater([]);
      reload();
    });
  }

  function add() {
    setOneSided(earlier.length === 0 || later.length === 0);
    if (earlier.length === 0 || later.length === 0) return;
    // In each wave's own order, whatever order they were ticked in.
    const inOrder = (ids: string[], list: { id: string }[]) =>
      list.map((u) => u.id).filter((id) => ids.includes(id));
    store([...declarations, { earlier: inOrder(earlier, previous!.units), later: inOrder(later, units) }]);
  }

  const side = (
    legend: string,
    list: { id: string; name: string }[],
    picked: string[],
    setPicked: (ids: string[]) => void,
  ) => (
    <fieldset className="checkboxes">
      <legend>{legend}</legend>
      {list.map((u) => (
        <label key={u.id}>
          <input
            type="checkbox"
            checked={picked.includes(u.id)}
            onChange={(e) =>
              setPicked(e.target.checked ? [...picked, u.id] : picked.filter((id) => id !== u.id))
            }
          />
          {u.name}
        </label>
      ))}
    </fieldset>
  );

  /** A refused declaration said with the departments' names; any other failure worded as usual. */
  const refusalOf = (error: unknown) => {
    if (!(error instanceof ApiError) || error.problem.code !== 'lineage.invalid') return error;
    const name = nameIn([...previous.units, ...units]);
    const lines = (error.problem.errors ?? []).map((e) => {
      const say = text.refused[e.code as keyof typeof text.refused];
      return say ? say(name(String(e.params?.unit ?? ''))) : null;
    });
    // A code this page does not know is worded by the common dictionary instead.
    return lines.every((l) => l !== null) && lines.length > 0 ? [...new Set(lines)].join(' ') : error;
  };
  const earlierName = nameIn(previous.units);
  const laterName = nameIn(units);
  return (
    <section className="card" aria-labelledby="wave-lineage-heading" data-testid="wave-lineage">
      <h2 id="wave-lineage-heading">{text.heading}</h2>
      <p className="muted">{text.help(previous.name)}</p>
      <div className="lineage-sides">
        {side(text.earlierSide(previous.name), previous.units, earlier, setEarlier)}
        {side(text.laterSide, units, later, setLater)}
      </div>
      <FormError error={oneSided ? text.pickBoth : refusalOf(saving.error)} />
      <div className="actions lineage-add">
        <button type="button" onClick={add} disabled={saving.busy}>
          {text.add}
        </button>
      </div>
      <h3>{text.declared}</h3>
      {declarations.length === 0 ? (
        <p className="muted">{text.none}</p>
      ) : (
        <ul>
          {declarations.map((d, i) => {
            const [from, to] = [d.earlier.map(earlierName), d.later.map(laterName)];
            return (
              <li key={`${d.earlier.join('+')}>${d.later.join('+')}`}>
                {text.declaration(from, to, kindOf(d))}{' '}
                <button
                  type="button"
                  className="link"
                  aria-label={text.removeLabel(from, to)}
                  disabled={saving.busy}
                  onClick={() => store(declarations.filter((_, j) => j !== i))}
                >
                  {text.remove}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
