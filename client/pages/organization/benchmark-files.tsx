import type { ChangeEvent } from 'react';
import { api } from '../../api/client';
import { FormError } from '../../components/form-error';
import { useText } from '../../components/ui-language';
import { useAction } from '../../components/use-action';
import { useResource } from '../../components/use-resource';
import { BENCHMARK_FILES_TEXT } from './benchmark-files-text';

/** Firefox starts a download after the click returns; revoking the address at once would leave it nothing. */
const REVOKE_AFTER_MS = 10_000;

function saveJson(value: unknown, filename: string): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(value, null, 2)], { type: 'application/json' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/**
 * The owner's benchmark files: the installation's pool downloaded as a file, files from other installations
 * loaded (the server checks each and refuses a bad one whole), listed and removed.
 */
export function BenchmarkFiles() {
  const text = useText(BENCHMARK_FILES_TEXT);
  const [files, reload] = useResource(() => api.benchmarks(), 'benchmarks');
  const act = useAction<'export' | 'load' | 'remove'>();

  function download() {
    void act.run(async () => {
      const file = await api.exportBenchmark();
      saveJson(file, `benchmark-${file.questionnaireId}-${file.modelVersion}-${file.createdOn}.json`);
    }, 'export');
  }

  function load(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    event.target.value = '';
    if (!chosen) return;
    void act.run(async () => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(await chosen.text());
      } catch {
        throw text.notJson;
      }
      await api.loadBenchmark(parsed);
      reload();
    }, 'load');
  }

  function remove(id: string) {
    void act.run(async () => {
      await api.removeBenchmark(id);
      reload();
    }, 'remove');
  }

  return (
    <div className="card" data-testid="benchmark-files">
      <h3>{text.heading}</h3>
      <p>{text.intro}</p>
      <div className="actions">
        <button type="button" className="secondary" onClick={download} disabled={act.busy}>
          {act.running === 'export' ? text.exporting : text.export}
        </button>
        <label>
          {act.running === 'load' ? text.loading : text.load}
          <input type="file" accept="application/json,.json" onChange={load} disabled={act.busy} />
        </label>
      </div>
      <FormError error={act.error} />
      <h4>{text.loaded}</h4>
      {files.state === 'ready' &&
        (files.data.length === 0 ? (
          <p className="muted">{text.none}</p>
        ) : (
          <ul>
            {files.data.map((b) => (
              <li key={b.id}>
                {text.file(
                  b.file.createdOn,
                  b.file.organizations,
                  b.file.questionnaireId,
                  b.file.modelVersion,
                  b.loadedOn,
                )}{' '}
                <button
                  type="button"
                  className="secondary"
                  onClick={() => remove(b.id)}
                  disabled={act.busy}
                  aria-label={text.removeLabel(b.file.createdOn)}
                >
                  {text.remove}
                </button>
              </li>
            ))}
          </ul>
        ))}
    </div>
  );
}
