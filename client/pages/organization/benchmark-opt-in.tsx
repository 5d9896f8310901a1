import { useState } from 'react';
import { api } from '../../api/client';
import { allows } from '../../components/permissions';
import { FormError } from '../../components/form-error';
import { useText } from '../../components/ui-language';
import { useAction } from '../../components/use-action';
import { useSession } from '../../components/use-session';
import { BenchmarkFiles } from './benchmark-files';
import { BENCHMARK_OPT_IN_TEXT } from './benchmark-opt-in-text';

/**
 * Whether the organization's scores are pooled into the installation's benchmark, said plainly with what is
 * pooled and what never is; a switch for its administrators, the state in words for everyone else.
 */
export function BenchmarkOptIn({
  organization,
  onSaved,
}: {
  organization: { id: string; benchmarkOptIn?: boolean };
  onSaved: () => void;
}) {
  const text = useText(BENCHMARK_OPT_IN_TEXT);
  const { principal } = useSession();
  const mayChoose = allows(principal, 'organization:benchmark', organization.id);
  const saved = organization.benchmarkOptIn === true;
  // The box follows the click at once; a refused change puts it back to what is stored.
  const [chosen, setChosen] = useState<boolean | null>(null);
  const optedIn = chosen ?? saved;
  const save = useAction();

  function choose(benchmarkOptIn: boolean) {
    setChosen(benchmarkOptIn);
    void save.run(async () => {
      try {
        await api.setBenchmarkOptIn(organization.id, benchmarkOptIn);
      } catch (error) {
        setChosen(null);
        throw error;
      }
      onSaved();
    });
  }

  return (
    <section aria-labelledby="benchmark-heading" data-testid="benchmark-opt-in">
      <h2 id="benchmark-heading">{text.heading}</h2>
      <p>{text.what}</p>
      <p>{text.never}</p>
      <p className="muted">{text.offByDefault}</p>
      {mayChoose ? (
        <div className="checkboxes">
          <label>
            <input
              type="checkbox"
              checked={optedIn}
              disabled={save.busy}
              onChange={(e) => choose(e.target.checked)}
            />{' '}
            {text.choice}
            {save.busy && <span className="muted"> {text.saving}</span>}
          </label>
        </div>
      ) : (
        <p>
          {optedIn ? text.isOn : text.isOff} <span className="muted">{text.onlyAdministrators}</span>
        </p>
      )}
      {/* Said only once the administrator changed it: the page's other confirmations share its role. */}
      {mayChoose && chosen !== null && !save.busy && (
        <p role="status" className="muted">
          {optedIn ? text.isOn : text.isOff}
        </p>
      )}
      <FormError error={save.error} />
      {/* The file speaks for every organization of the installation: its owner's alone. */}
      {principal.permissions.everything && <BenchmarkFiles />}
    </section>
  );
}
