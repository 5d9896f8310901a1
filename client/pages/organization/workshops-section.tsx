import { Link } from 'react-router';
import { api } from '../../api/client';
import { ResourceView } from '../../components/resource-view';
import { useText } from '../../components/ui-language';
import { useResource } from '../../components/use-resource';
import { WORKSHOPS_SECTION_TEXT } from './workshops-section-text';

/** The organization's goal-writing workshops, for those who run them: back into one, or a new one. */
export function WorkshopsSection({ organizationId }: { organizationId: string }) {
  const text = useText(WORKSHOPS_SECTION_TEXT);
  const [workshops] = useResource(() => api.workshops(organizationId), organizationId);
  return (
    <section aria-labelledby="workshops-heading">
      <h2 id="workshops-heading">{text.heading}</h2>
      <ResourceView resource={workshops}>
        {({ workshops: list }) =>
          list.length === 0 ? (
            <p className="muted">{text.none}</p>
          ) : (
            <ul>
              {list.map((w) => (
                <li key={w.id}>
                  <Link to={`/workshops/${encodeURIComponent(w.id)}`}>{w.title}</Link> (
                  {text.status[w.status]})
                </li>
              ))}
            </ul>
          )
        }
      </ResourceView>
      <Link className="button-link" to={`/workshops/new?organization=${encodeURIComponent(organizationId)}`}>
        {text.create}
      </Link>
    </section>
  );
}
