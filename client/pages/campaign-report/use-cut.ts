import type { CutReport } from '../../../server/http/api-types';
import { api } from '../../api/client';
import { useResource } from '../../components/use-resource';

/**
 * The cuts the campaign asked about, each as this reader may see it (its groups, or why none is shown):
 * the list first, then each cut chosen, so a campaign without cuts costs one small request.
 */
export function useCuts(campaignId: string) {
  const [cuts] = useResource(async (): Promise<CutReport[]> => {
    const { cuts: chosen } = await api.campaignCuts(campaignId);
    return Promise.all(chosen.map((c) => api.campaignCut(campaignId, c.id)));
  }, `cuts-${campaignId}`);
  return cuts;
}
