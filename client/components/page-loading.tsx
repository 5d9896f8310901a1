import { COMMON_TEXT } from './common-text';
import { useText } from './ui-language';

/** What a page shows while its code or the question of who is signed in is still on its way. */
export function PageLoading() {
  const text = useText(COMMON_TEXT);
  return (
    <main className="page">
      <p aria-live="polite">{text.loading}</p>
    </main>
  );
}
