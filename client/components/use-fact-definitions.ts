import { api, type FactDefinitions } from '../api/client';
import { useResource, type Resource } from './use-resource';

/** The organization facts HR may state, in the model's words as the server has them. */
export function useFactDefinitions(): Resource<FactDefinitions> {
  return useResource(() => api.organizationFacts(), 'organization-facts')[0];
}
