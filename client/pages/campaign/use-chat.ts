import { useEffect, useState } from 'react';
import { useResource } from '../../components/use-resource';
import { api } from '../../api/client';
import type { ChatPostView, NewChatChannel } from './chat-types';

export const CHAT_POLL_INTERVAL_MS = 1_000;

/**
 * The campaign's chat channels and its latest post, watched every second while it goes out: a post waits
 * out each platform's rate limit and retries, so its results arrive one channel at a time. A page opened
 * mid-post picks it up from the overview.
 */
export function useChat(campaignId: string) {
  const [overview, reload] = useResource(() => api.chat(campaignId), campaignId);
  // A post started or polled on this page is newer than what the overview held when it loaded.
  const [watched, setWatched] = useState<ChatPostView | null>(null);
  const [pollError, setPollError] = useState<unknown>(null);
  const [retry, setRetry] = useState(0);
  const latest = watched ?? (overview.state === 'ready' ? overview.data.latest : null);

  // `retry` is read by no line of the effect: bumping it after a failed poll is what schedules the next one.
  /* eslint-disable react/exhaustive-effect-dependencies */
  useEffect(() => {
    if (!latest || latest.finished) return;
    let current = true;
    const timer = window.setTimeout(async () => {
      try {
        const { post } = await api.latestChatPost(campaignId);
        if (!current) return;
        setPollError(null);
        setWatched(post);
      } catch (e) {
        if (!current) return;
        // A dropped connection must not stop the watch: the post goes on regardless.
        setPollError(e);
        setRetry((n) => n + 1);
      }
    }, CHAT_POLL_INTERVAL_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [campaignId, latest, retry]);
  /* eslint-enable react/exhaustive-effect-dependencies */

  function watch(post: ChatPostView): void {
    setPollError(null);
    setWatched(post);
  }

  return {
    overview,
    latest,
    pollError,
    isPosting: latest !== null && !latest.finished,
    add: async (body: NewChatChannel) => {
      const added = await api.addChatChannel(campaignId, body);
      reload();
      return added.channel;
    },
    remove: async (channelId: string) => {
      await api.removeChatChannel(campaignId, channelId);
      reload();
    },
    test: async (channelId: string) => watch(await api.testChatChannel(campaignId, channelId)),
    post: async (kind: 'announcement' | 'reminder' | 'closing') =>
      watch(await api.postToChat(campaignId, { kind })),
  };
}
