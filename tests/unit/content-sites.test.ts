import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { adapterFor, SITE_MATCHES } from '../../entrypoints/composer.content/sites';
import { findComposers, findSubmitFor, mediaIn, pairButton, submitButtonOf, regionOf } from '../../entrypoints/composer.content/sites/find';

const always = () => true;
const page = (body: string) => parseHTML(`<html><body>${body}</body></html>`).document;
const where = (hostname: string, pathname = '/') => ({ hostname, pathname });

describe('which sites', () => {
  it('matches exactly the four sites and their listed hosts', () => {
    for (const h of ['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com']) expect(adapterFor(h)?.platform).toBe('x');
    for (const h of ['www.facebook.com', 'web.facebook.com', 'm.facebook.com']) expect(adapterFor(h)?.platform).toBe('facebook');
    expect(adapterFor('www.instagram.com')?.platform).toBe('instagram');
    for (const h of ['nextdoor.com', 'uk.nextdoor.com', 'nextdoor.co.uk', 'www.nextdoor.co.uk']) expect(adapterFor(h)?.platform).toBe('nextdoor');
    for (const h of ['evilx.com', 'facebook.com.evil.net', 'messenger.com', 'nextdoor.com.evil.io', 'example.org']) expect(adapterFor(h)).toBeNull();
    expect(SITE_MATCHES.every((m) => /^\*:\/\/(\*\.)?[a-z.]+\/\*$/.test(m))).toBe(true);
  });
});

describe('X', () => {
  const x = adapterFor('x.com')!;
  const composer = (i: number, extra = '') =>
    `<div data-testid="tweetTextarea_${i}RichTextInputContainer"><div class="DraftEditor-root"><div class="public-DraftEditorPlaceholder-inner">${extra || 'What is happening?!'}</div><div class="DraftEditor-editorContainer"><div class="public-DraftEditor-content" contenteditable="true" role="textbox" data-testid="tweetTextarea_${i}" aria-label="Post text"></div></div></div></div><div data-testid="tweetTextarea_${i}_label">label</div>`;
  it('finds the contenteditable itself by test id, not its wrapper or label, and one per composer in a thread', () => {
    const doc = page(`<main>${composer(0)}${composer(1)}<div data-testid="toolBar"><button data-testid="tweetButtonInline">Post</button></div></main>`);
    const found = findComposers(x, doc, where('x.com'), always);
    expect(found.map((f) => f.el.getAttribute('data-testid'))).toEqual(['tweetTextarea_0', 'tweetTextarea_1']);
    expect(found.every((f) => f.tier === 0 && f.kind === 'post')).toBe(true);
  });
  it('falls back to ARIA and then Draft.js structure when the test id is gone', () => {
    const aria = page('<div contenteditable="true" role="textbox" aria-label="Post text"></div>');
    expect(findComposers(x, aria, where('x.com'), always).map((f) => f.tier)).toEqual([1]);
    const struct = page('<div class="DraftEditor-root"><div class="public-DraftEditor-content" contenteditable="true"></div></div>');
    expect(findComposers(x, struct, where('x.com'), always).map((f) => f.tier)).toEqual([2]);
  });
  it('finds the mobile layout textarea', () => {
    const doc = page('<textarea data-testid="tweetTextarea_0" aria-label="Post text"></textarea>');
    expect(findComposers(x, doc, where('mobile.x.com'), always)).toHaveLength(1);
  });
  it('marks a reply composer as a reply', () => {
    const doc = page(composer(0, 'Post your reply'));
    expect(findComposers(x, doc, where('x.com', '/user/status/1'), always)[0].kind).toBe('reply');
  });
  it('leaves direct messages and search alone', () => {
    expect(findComposers(x, page(composer(0)), where('x.com', '/messages/123'), always)).toHaveLength(0);
    expect(findComposers(x, page(`<div data-testid="DMDrawer">${composer(0)}</div>`), where('x.com'), always)).toHaveLength(0);
    expect(findComposers(x, page('<div role="search"><div contenteditable="true" role="textbox" aria-label="Post text"></div></div>'), where('x.com'), always)).toHaveLength(0);
  });
  it('pairs each Post button with the composer in its own region (home and modal at once)', () => {
    const doc = page(
      `<main id="home"><div id="h">${composer(0)}</div><div data-testid="toolBar"><button data-testid="tweetButtonInline">Post</button></div></main>` +
        `<div role="dialog" id="modal"><div id="m">${composer(0)}</div><div data-testid="toolBar"><button data-testid="tweetButton">Post</button></div></div>` +
        `<nav><a data-testid="SideNav_NewTweet_Button" role="button">Post</a></nav>`,
    );
    const found = findComposers(x, doc, where('x.com'), always).map((f, i) => ({ el: f.el, region: regionOf(x, f.el, always), lastActive: i }));
    const inline = doc.querySelector('[data-testid="tweetButtonInline"]')!;
    const modal = doc.querySelector('[data-testid="tweetButton"]')!;
    expect(pairButton(inline, found)!.el.closest('#home')).not.toBeNull();
    expect(pairButton(modal, found)!.el.closest('#modal')).not.toBeNull();
    expect(submitButtonOf(x, doc.querySelector('[data-testid="SideNav_NewTweet_Button"]')!)).toBeNull();
    // "Next" is a Facebook Pages step only.
    expect(x.stepLabels ?? []).not.toContain('Next');
    expect(findSubmitFor(x, found[1].el, always)).toBe(modal);
  });
});

describe('Facebook', () => {
  const fb = adapterFor('www.facebook.com')!;
  it('finds the post composer in a dialog and comment and reply boxes by their labels', () => {
    const doc = page(
      '<div role="dialog"><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="What\'s on your mind, Jo?"></div><div role="button" aria-label="Post">Post</div></div>' +
        '<div><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Comment as Jo Bloggs"></div></div>' +
        '<div><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Reply to Sam Smith"></div></div>',
    );
    const kinds = findComposers(fb, doc, where('www.facebook.com'), always).map((f) => f.kind).sort();
    expect(kinds).toEqual(['comment', 'post', 'reply']);
  });
  it('a comment box inside a post dialog is a comment', () => {
    const doc = page('<div role="dialog"><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Write a comment…"></div></div>');
    expect(findComposers(fb, doc, where('www.facebook.com'), always).map((f) => f.kind)).toEqual(['comment']);
  });
  it('leaves Messenger alone', () => {
    const doc = page('<div aria-label="Chat with Sam"><div role="dialog"><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Message"></div></div></div>');
    expect(findComposers(fb, doc, where('www.facebook.com'), always)).toHaveLength(0);
    const dialog = page('<div role="dialog"><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="What\'s on your mind?"></div></div>');
    expect(findComposers(fb, dialog, where('www.facebook.com', '/messages/t/1'), always)).toHaveLength(0);
  });
  it("recognises Post, the comment submit and Pages' Next step; not Close or Back", () => {
    const doc = page('<div role="dialog"><div role="button" aria-label="Close" id="close">✕</div><div role="button" aria-label="Next" id="next">Next</div><div role="button" aria-label="Post" id="post"><span>Post</span></div></div><div id="focused-state-composer-submit"><div role="button" id="c"><i></i></div></div>');
    expect(submitButtonOf(fb, doc.querySelector('#next')!)!.id).toBe('next');
    expect(submitButtonOf(fb, doc.querySelector('#close')!)).toBeNull();
    expect(submitButtonOf(fb, doc.querySelector('#post span')!)!.id).toBe('post');
    expect(submitButtonOf(fb, doc.querySelector('#c i')!)!.id).toBe('c');
  });
  it("pairs a Page's Post button with the composer its dialog held before Next", () => {
    const doc = page('<div role="dialog" id="d"><div id="step"><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Write something"></div></div><div role="button" aria-label="Post" id="post">Post</div></div>');
    const el = doc.querySelector('[contenteditable]')!;
    const w = { el, region: regionOf(fb, el, always), lastActive: 1 };
    doc.querySelector('#step')!.remove();
    expect(pairButton(doc.querySelector('#post')!, [w])).toBe(w);
  });
});

describe('Instagram', () => {
  const ig = adapterFor('www.instagram.com')!;
  it('finds the caption and the comment textarea with the right kinds', () => {
    const doc = page(
      '<div role="dialog"><div role="button">Share</div><div aria-label="Write a caption..." contenteditable="true" role="textbox" data-lexical-editor="true"></div></div>' +
        '<form><textarea aria-label="Add a comment…" placeholder="Add a comment…"></textarea><div role="button">Post</div></form>',
    );
    const found = findComposers(ig, doc, where('www.instagram.com'), always);
    expect(found.map((f) => `${f.el.tagName.toLowerCase()}:${f.kind}`).sort()).toEqual(['div:post', 'textarea:comment']);
    const share = [...doc.querySelectorAll('[role="button"]')].find((b) => b.textContent === 'Share')!;
    expect(submitButtonOf(ig, share)).toBe(share);
  });
  it('finds the newer contenteditable comment box and leaves direct messages alone', () => {
    const doc = page('<form><div contenteditable="true" role="textbox" aria-label="Add a comment…"></div></form>');
    expect(findComposers(ig, doc, where('www.instagram.com'), always).map((f) => f.kind)).toEqual(['comment']);
    expect(findComposers(ig, doc, where('www.instagram.com', '/direct/t/1'), always)).toHaveLength(0);
  });
});

describe('Nextdoor', () => {
  const nd = adapterFor('nextdoor.com')!;
  it('takes a composer only where a Post, Reply or Comment button stands beside it', () => {
    const doc = page(
      '<div role="dialog"><div contenteditable="true"></div><button>Post</button></div>' +
        '<form id="c"><textarea></textarea><button>Reply</button></form>' +
        '<form id="s"><textarea></textarea><button>Save</button></form>',
    );
    const found = findComposers(nd, doc, where('nextdoor.com'), always);
    expect(found.map((f) => f.kind)).toEqual(['post', 'reply']);
  });
  it('never treats a search box as a composer', () => {
    const doc = page('<form><input type="search"><input type="text" aria-label="Search Nextdoor"><button>Post</button></form>');
    expect(findComposers(nd, doc, where('nextdoor.com'), always)).toHaveLength(0);
  });
});

describe('what the adapters tell the rules', () => {
  it('sees attached photos and video in the composer region, and says nothing when none is shown', () => {
    expect(mediaIn(page('<div><img src="blob:https://x.com/1"></div>'))).toEqual({ hasMedia: true, mediaKind: 'image' });
    expect(mediaIn(page('<div data-testid="attachments"><video></video></div>'))).toEqual({ hasMedia: true, mediaKind: 'video' });
    expect(mediaIn(page('<div><img src="https://pbs.twimg.com/profile.jpg"></div>'))).toBeUndefined();
    expect(mediaIn(null)).toBeUndefined();
  });
  it('X: reads the post being replied to, in the modal and on a status page', () => {
    const x = adapterFor('x.com')!;
    const modal = page('<div role="dialog"><article><div data-testid="tweetText">Council tax up again?!</div></article><div contenteditable="true" role="textbox" data-testid="tweetTextarea_0"></div></div>');
    expect(x.parentTextOf!(modal.querySelector('[contenteditable]')!, 'reply')).toBe('Council tax up again?!');
    const status = page('<main><article><div data-testid="tweetText">First post</div></article><article><div data-testid="tweetText">Focal post</div></article><div contenteditable="true" role="textbox" data-testid="tweetTextarea_0"></div><article><div data-testid="tweetText">A later reply</div></article></main>');
    expect(x.parentTextOf!(status.querySelector('[contenteditable]')!, 'reply')).toBe('Focal post');
    expect(x.parentTextOf!(status.querySelector('[contenteditable]')!, 'post')).toBeUndefined();
  });
  it('Facebook: reads the post a comment box belongs to', () => {
    const fb = adapterFor('www.facebook.com')!;
    const doc = page('<div role="article"><div data-ad-preview="message">Bin collections change next week.</div><form><div contenteditable="true" role="textbox" aria-label="Write a comment…"></div></form></div>');
    expect(fb.parentTextOf!(doc.querySelector('[contenteditable]')!, 'comment')).toBe('Bin collections change next week.');
  });
});
