// Server-sent events read from a fetch response one at a time, as an EventSource would: what the tests of the
// workshop's live screen (one server, or two instances) read the stream with.

export interface ServerEvent {
  event: string;
  id: string;
  data: any;
}

/** Reads server-sent events from a fetch response, one at a time; comments (heartbeats) are skipped. */
export function eventReader(response: Response) {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  return {
    /** The next event, or null once the stream has closed. */
    async next(): Promise<ServerEvent | null> {
      for (;;) {
        const end = buffer.indexOf('\n\n');
        if (end !== -1) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const fields: Record<string, string> = {};
          for (const line of block.split('\n')) {
            if (line.startsWith(':')) continue;
            const colon = line.indexOf(':');
            const name = line.slice(0, colon);
            fields[name] = (fields[name] ?? '') + line.slice(colon + 1).replace(/^ /, '');
          }
          if (fields.event === undefined) continue;
          return { event: fields.event, id: fields.id ?? '', data: JSON.parse(fields.data ?? 'null') };
        }
        const { value, done } = await reader.read();
        if (done) return null;
        buffer += value;
      }
    },
    cancel: () => reader.cancel(),
  };
}
