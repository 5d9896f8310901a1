// SurveyJS's stylesheet styles every kind of question and survey it can show (330 kB, 29 kB compressed);
// the survey page shows radio groups, check boxes, comment boxes and html text, one page at a time, so the
// build leaves out the rules of the rest (client/vite.config.ts), and respondents download 12 kB instead.
// A rule is left out only when every one of its selectors needs an element of a block named here, which no
// survey of ours renders: such a rule can match nothing on the page. A browser test walks the survey in
// both languages, on a phone and a desktop, and fails if any element carries one of these blocks.

/** The question types the questionnaires may use with these styles left out; the build checks them. */
export const STYLED_QUESTION_TYPES: readonly string[] = ['radiogroup', 'checkbox', 'comment', 'html'];

/** Style blocks (class names before any `__element` or `--modifier`) the survey page never renders. */
export const LEFT_OUT_STYLE_BLOCKS: ReadonlySet<string> = new Set(
  [
    // Question types our questionnaires do not use.
    `sd-boolean sd-boolean-root sd-boolean-switch sd-expression sd-composite sd-rating sv-star
     sv-star-2 sd-rating-dropdown-item sd-rating-dropdown-item_description sd-slider
     sd-slider-container sd-slider-labels-container sd-multipletext sd-file sd-signaturepad sjs_sp
     sjs_sp_canvas sjs_sp_container sjs_sp_controls sjs_sp_placeholder sd-image sd-imagepicker
     sd-imagemap sd-imagemap-bg sd-imagemap-control-point sd-imagemap-svg sd-imagemap-svg-item
     sv-drag-drop-image-picker-shortcut sd-ranking sd-ranking-item sv-ranking sv-ranking-item
     sv-ranking-shortcut sv-drag-drop-choices-shortcut sv-dragged-element-shortcut
     sv-dragdrop-movedown sv-dragdrop-moveup`,
    // Panels, dynamic panels and matrices: no questionnaire of ours groups questions that way.
    `sd-panel sd-paneldynamic sd-tab-item sd-tabs-toolbar sd-summary sd-summary-row
     sd-summary-row-action sd-breadcrumbs sd-breadcrumbs-item sd-breadcrumbs-separator
     sv-pd-animation-adding sv-pd-animation-left sv-pd-animation-removing sv-pd-animation-right
     sd-matrix sd-matrixdropdown sd-matrixdynamic sd-table sd-table-wrapper sv-matrix-row
     sv-matrixdynamic sv-matrixdynamic-dragged-row sd-drag-element sv-button-group`,
    // Drop-down lists, tag boxes and the pop-ups and menus they open.
    `sd-dropdown sd-tagbox sd-tagbox-item sv-dropdown-popup sv-dropdown_select-wrapper sd-list
     sv-list sv-list-item sv-multi-select-list sv-popup sv-popup-inner sd-menu-filter sd-menu-item
     sd-menu-list sd-selectlist sd-selectlist-filter sv-modal-footer-action-bar`,
    // Survey features the page does not turn on: a timer, a pop-up survey window, a table of contents, the
    // library's own completed page (the page shows its own thanks), saving notices, logos and background
    // images, and the editor's in-place text editing.
    `sd-timer sv_window sv_window_button sv_window_buttons_container sv_window_content
     sv_window_header sv_window_header_description sv_window_header_title_collapsed
     sv_window_root-content sv_progress-toc sd-completedpage sd-completed-before-page
     sv-save-data_button sv-save-data_error sv-save-data_root sv-save-data_success sd-logo sv-logo
     sd-root_background-image sv-brand-info sv-string-editor svc-toolbar sv-vue-title-additional-div`,
  ].flatMap((group) => group.split(/\s+/)),
);

/** A class's block: its name before any BEM element (`__`) or modifier (`--`). */
export const styleBlockOf = (className: string): string => className.replace(/(__|--).*$/, '');

/**
 * Whether a selector can only match inside a left-out block: some class it requires (outside `:not()`,
 * `:is()` and other parenthesised arguments, which need not match) belongs to one.
 */
export function needsLeftOutBlock(selector: string): boolean {
  let depth = 0;
  let required = '';
  for (const ch of selector) {
    if (ch === '(') depth += 1;
    if (depth === 0) required += ch;
    if (ch === ')') depth -= 1;
  }
  return [...required.matchAll(/\.(-?[_a-zA-Z][_a-zA-Z0-9-]*)/g)].some((m) =>
    LEFT_OUT_STYLE_BLOCKS.has(styleBlockOf(m[1]!)),
  );
}
