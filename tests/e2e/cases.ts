/**
 * Every composer kind on the practice pages: where it is, how it opens, what posts it.
 * Shared by the e2e tests, `npm start` (screenshots) and the browser benchmark; no vitest here.
 */
import type { Locator, Page } from 'playwright-core';
import { pageUrl } from '../fixtures/practice-pages';
import { DRAFTS, expectPanelShown, open, pauseBox, submitCount, typeInto } from './helpers';

export interface ComposerCase {
  name: string;
  /** Practice page id (tests/fixtures/pages.ts). */
  page: string;
  /** Name the page logs submissions under. */
  composer: string;
  /** Opens the composer (a dialog) after load. */
  prepare?: (page: Page) => Promise<void>;
  editor: (page: Page) => Locator;
  /** The button that finally posts. */
  submitButton: (page: Page) => Locator;
  /** Presses the site's submit control(s) the way a member would. */
  submit?: (page: Page) => Promise<void>;
  /** After Post anyway, what the member still has to do (a Page's second step). */
  finish?: (page: Page) => Promise<void>;
  /** The site's keyboard shortcut that posts, if any. */
  keySubmit?: 'Control+Enter' | 'Enter';
  /** Enter inserts a newline here (must never pause). */
  enterIsNewline?: boolean;
  /** Screenshot file name (one per practice page view). */
  screenshot?: string;
}

const click = (loc: (p: Page) => Locator) => async (page: Page) => {
  await loc(page).click();
};

export const CASES: Record<string, ComposerCase> = {
  xHome: {
    name: 'X home composer (Draft.js)',
    page: 'x-home',
    composer: 'home',
    editor: (p) => p.locator('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]').first(),
    submitButton: (p) => p.locator('[data-testid="tweetButtonInline"]'),
    keySubmit: 'Control+Enter',
    screenshot: 'x-home',
  },
  xModal: {
    name: 'X modal composer (Draft.js, tweetButton)',
    page: 'x-home',
    composer: 'modal',
    prepare: click((p) => p.locator('[data-testid="SideNav_NewTweet_Button"]')),
    editor: (p) => p.locator('[role="dialog"] [data-testid="tweetTextarea_0"]'),
    submitButton: (p) => p.locator('[role="dialog"] [data-testid="tweetButton"]'),
    keySubmit: 'Control+Enter',
    screenshot: 'x-modal',
  },
  xReply: {
    name: 'X reply composer (Draft.js)',
    page: 'x-reply',
    composer: 'reply',
    editor: (p) => p.locator('[data-testid="tweetTextarea_0"]').first(),
    submitButton: (p) => p.locator('[data-testid="tweetButtonInline"]'),
    keySubmit: 'Control+Enter',
    screenshot: 'x-reply',
  },
  xMobile: {
    name: 'X mobile composer (textarea)',
    page: 'x-mobile',
    composer: 'mobile',
    editor: (p) => p.locator('textarea[data-testid="tweetTextarea_0"]'),
    submitButton: (p) => p.locator('[data-testid="tweetButton"]'),
    keySubmit: 'Control+Enter',
    screenshot: 'x-mobile',
  },
  fbPost: {
    name: 'Facebook create post (Lexical)',
    page: 'facebook-home',
    composer: 'post',
    prepare: click((p) => p.locator('[data-fixture="open-create-post"]')),
    editor: (p) => p.locator('[role="dialog"] [role="textbox"][contenteditable="true"][data-lexical-editor="true"]'),
    submitButton: (p) => p.locator('[role="dialog"] div[role="button"][aria-label="Post"]'),
    enterIsNewline: true,
    screenshot: 'facebook-post',
  },
  fbComment: {
    name: 'Facebook comment (Lexical, Enter posts)',
    page: 'facebook-home',
    composer: 'comment-1',
    editor: (p) => p.locator('[data-lexical-editor="true"][aria-label="Write a comment…"]').first(),
    submitButton: (p) => p.locator('[role="article"]').first().locator('div[role="button"][aria-label="Comment"]'),
    keySubmit: 'Enter',
    screenshot: 'facebook-comment',
  },
  fbPages: {
    name: 'Facebook Page composer (Next, then Post)',
    page: 'facebook-page',
    composer: 'page-post',
    prepare: click((p) => p.locator('[data-fixture="open-create-post"]')),
    editor: (p) => p.locator('[role="dialog"] [role="textbox"][data-lexical-editor="true"]'),
    submitButton: (p) => p.locator('[role="dialog"] div[role="button"][aria-label="Next"], [role="dialog"] div[role="button"][aria-label="Post"]').first(),
    // The pause may come at Next or at Post: either holds the post.
    async submit(p) {
      await p.locator('[role="dialog"] div[role="button"][aria-label="Next"]').click();
      await p.waitForTimeout(250);
      if (await pauseBox(p).first().isVisible()) return;
      await p.locator('[role="dialog"] div[role="button"][aria-label="Post"]').click();
    },
    async finish(p) {
      const post = p.locator('[role="dialog"] div[role="button"][aria-label="Post"]');
      if ((await submitCount(p)) === 0 && (await post.isVisible())) await post.click();
    },
    enterIsNewline: true,
    screenshot: 'facebook-page',
  },
  igCaption: {
    name: 'Instagram caption (Lexical, Share)',
    page: 'instagram-caption',
    composer: 'caption',
    editor: (p) => p.locator('div[aria-label="Write a caption..."]'),
    submitButton: (p) => p.locator('[role="dialog"] div[role="button"]', { hasText: /^Share$/ }),
    enterIsNewline: true,
    screenshot: 'instagram-caption',
  },
  igComment: {
    name: 'Instagram comment (textarea, Enter posts)',
    page: 'instagram-comment',
    composer: 'comment',
    editor: (p) => p.locator('textarea[aria-label="Add a comment…"]'),
    submitButton: (p) => p.locator('form div[role="button"]', { hasText: /^Post$/ }),
    keySubmit: 'Enter',
    screenshot: 'instagram-comment',
  },
  ndPost: {
    name: 'Nextdoor post (contenteditable in a dialog)',
    page: 'nextdoor',
    composer: 'post',
    prepare: click((p) => p.locator('[data-fixture="open-post"]')),
    editor: (p) => p.locator('[role="dialog"] [contenteditable="true"]'),
    submitButton: (p) => p.locator('[role="dialog"] button', { hasText: /^Post$/ }),
    enterIsNewline: true,
    screenshot: 'nextdoor-post',
  },
  ndReply: {
    name: 'Nextdoor reply (textarea in a form)',
    page: 'nextdoor',
    composer: 'reply',
    editor: (p) => p.locator('form textarea[aria-label="Add a reply"]'),
    submitButton: (p) => p.locator('form button', { hasText: /^Reply$/ }),
    enterIsNewline: true,
    screenshot: 'nextdoor-reply',
  },
};

/** Loads the case's page fresh, opens its composer, returns the editor. */
export async function openCase(page: Page, c: ComposerCase, query = ''): Promise<Locator> {
  await open(page, pageUrl(c.page, query));
  if (c.prepare) await c.prepare(page);
  const editor = c.editor(page);
  await editor.waitFor({ state: 'visible' });
  return editor;
}

export async function pressSubmit(page: Page, c: ComposerCase): Promise<void> {
  if (c.submit) await c.submit(page);
  else await c.submitButton(page).click();
}

/** Types the stop-level draft and presses the site's submit: the pause must show. */
export async function pauseWithStopDraft(page: Page, c: ComposerCase, editor: Locator, draft: string = DRAFTS.stop): Promise<void> {
  await typeInto(page, editor, draft);
  await expectPanelShown(page);
  await pressSubmit(page, c);
  await pauseBox(page).first().waitFor({ state: 'visible', timeout: 3_000 });
}

