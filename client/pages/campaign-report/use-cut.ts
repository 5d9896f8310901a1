import { CUT_IDS } from '../../../shared/cut-limits';
import type { CutReport } from '../../../server/http/api-types';
import { api, ApiError } from '../../api/client';
import { useResource } from '../../components/use-resource';

/**
 * The cuts the campaign asked about, each as this reader may see it (its groups, or why none is shown);
 * a cut the campaign did not choose answers 404 and is left out. Loaded once per campaign.
 */
export function useCuts(campaignId: string) {
  const [cuts] = useResource(
    () =>
      Promise.all(
        CUT_IDS.map((id) =>
          api.campaignCut(campaignId, id).catch((error: unknown) => {
            if (error instanceof ApiError && error.problem.status === 404) return null;
            throw error;
          }),
        ),
      ).then((replies) => replies.filter((r): r is CutReport => r !== null)),
    `cuts-${campaignId}`,
  );
  return cuts;
}
