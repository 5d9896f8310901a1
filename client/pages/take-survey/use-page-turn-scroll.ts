import { useEffect, type RefObject } from 'react';
import type { SurveyModel } from 'survey-core';

/**
 * When a page is turned from its foot, brings the respondent up to `target` (the "Page X of N" line)
 * rather than to the survey's own top, which SurveyJS would choose and which lies below the page's
 * header: the new page's count would sit just above the screen. A page turned with its top in view stays.
 */
export function usePageTurnScroll(model: SurveyModel, target: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const onScroll = (_: SurveyModel, options: { element: unknown; page?: unknown; allow: boolean }) => {
      // Only the scroll of a page turn: scrolling to a question with an error stays SurveyJS's.
      if (!options.page || options.element !== options.page) return;
      options.allow = false;
      const line = target.current;
      if (line && line.getBoundingClientRect().top < 0) line.scrollIntoView({ block: 'start' });
    };
    model.onScrollToTop.add(onScroll);
    return () => model.onScrollToTop.remove(onScroll);
  }, [model, target]);
}
