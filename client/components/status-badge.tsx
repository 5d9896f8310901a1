import type { Campaign } from '../../server/http/api-types';

const LABELS: Record<Campaign['status'], string> = { draft: 'Draft', open: 'Open', closed: 'Closed' };

export function StatusBadge({ status }: { status: Campaign['status'] }) {
  return <span className={`badge badge-${status}`}>{LABELS[status]}</span>;
}
