import { useEffect, useState } from 'react';
import type { SurveyModel } from 'survey-core';

export interface PagePosition {
  /** The page shown, counted from 1 among the pages the respondent will see. */
  page: number;
  pages: number;
}

const positionOf = (model: SurveyModel): PagePosition => ({
  page: model.currentPageNo + 1,
  pages: model.visiblePageCount,
});

/**
 * Where the respondent is in the survey, followed as they turn pages. Read from the model itself, not from
 * SurveyJS's step buttons, which on a phone show only the few steps that fit and none of the counts.
 */
export function usePagePosition(model: SurveyModel): PagePosition {
  const [position, setPosition] = useState(() => positionOf(model));
  useEffect(() => {
    const update = () =>
      setPosition((was) => {
        const now = positionOf(model);
        return now.page === was.page && now.pages === was.pages ? was : now;
      });
    update();
    model.onCurrentPageChanged.add(update);
    model.onPageVisibleChanged.add(update);
    return () => {
      model.onCurrentPageChanged.remove(update);
      model.onPageVisibleChanged.remove(update);
    };
  }, [model]);
  return position;
}
