import type { CampaignReport } from '../../../server/http/api-types';
import type { Language } from '../../components/language-switch';
import { COMMENT_TEXT } from './comment-text';

/** The organization's free-text comments, once enough people wrote one to keep each writer unrecognisable. */
export function CommentSection({
  digest,
  language,
}: {
  digest: CampaignReport['comments'];
  language: Language;
}) {
  const text = COMMENT_TEXT[language];
  return (
    <section aria-labelledby="comments-heading" className="report-section">
      <h2 id="comments-heading">{text.heading}</h2>
      {digest.comments === null ? (
        <p className="muted">{text.notYet(digest.minimum)}</p>
      ) : (
        <>
          <p className="muted">{text.lead(digest.minimum)}</p>
          <ul className="comments" data-testid="comments">
            {digest.comments.map((comment, i) => (
              <li key={i}>{comment}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
