// How a page words a failed request: in the reader's language where the server named the problem with a
// code this client knows, else as the server explained it.

import { codedRequestText, type ProblemWording } from './coded-problem';
import { COMMON_TEXT } from './common-text';
import { describeError } from './describe-error';
import { useText } from './ui-language';

/**
 * The wording of failed requests: by the page's own dictionary of codes, then by the refusals any write
 * can meet (a write the server takes for cross-site), else the server's explanation with its fields.
 */
export function useErrorText(wording: ProblemWording = {}): (error: unknown) => string {
  const common = useText(COMMON_TEXT).problem;
  return (error) => codedRequestText({ ...common, ...wording }, error) ?? describeError(error);
}
