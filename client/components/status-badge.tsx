import type { Campaign } from '../../server/http/api-types';
import { COMMON_TEXT } from './common-text';
import { useText } from './ui-language';

export function StatusBadge({ status }: { status: Campaign['status'] }) {
  const text = useText(COMMON_TEXT);
  return <span className={`badge badge-${status}`}>{text.status[status]}</span>;
}
