import { api } from '../../api/client';
import { PageFrame } from '../../components/page-frame';
import { ResourceView } from '../../components/resource-view';
import { useText } from '../../components/ui-language';
import { useResource } from '../../components/use-resource';
import { API_TOKENS_TEXT } from './api-tokens-text';
import { CreateTokenForm } from './create-token-form';
import { TokenList } from './token-list';

/** The signed-in person's own API tokens: what they are for, making one, and the list to revoke them from. */
export default function ApiTokensPage() {
  const text = useText(API_TOKENS_TEXT);
  const [tokens, reload] = useResource(api.apiTokens, 'api-tokens');
  return (
    <PageFrame title={text.title}>
      <p className="lead">{text.lead}</p>
      <p className="muted">{text.limits}</p>
      <p className="muted">
        {text.description} <a href="/api/openapi.json">/api/openapi.json</a>
        {text.descriptionEnd}
      </p>
      <CreateTokenForm onCreated={reload} />
      <ResourceView resource={tokens}>
        {({ tokens: list }) => <TokenList tokens={list} onRevoked={reload} />}
      </ResourceView>
    </PageFrame>
  );
}
