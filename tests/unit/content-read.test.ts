import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { domPieces, domPosition, extractEditable } from '../../entrypoints/composer.content/read';

function root(html: string) {
  const { document } = parseHTML(`<html><body><div id="ed" contenteditable="true">${html}</div></body></html>`);
  return document.getElementById('ed')!;
}

// Draft.js markup as X renders it: blocks are div[data-block], text in span[data-text], an empty block holds <br data-text>.
const draftBlock = (key: string, inner: string) =>
  `<div data-block="true" data-editor="e" data-offset-key="${key}-0-0"><div data-offset-key="${key}-0-0" class="public-DraftStyleDefault-block"><span data-offset-key="${key}-0-0">${inner}</span></div></div>`;
const draft = (...blocks: string[]) => `<div data-contents="true">${blocks.map((b, i) => draftBlock(`k${i}`, b)).join('')}</div>`;

describe('reading Draft.js composers (X)', () => {
  it('joins blocks with a newline and reads an empty block as an empty line', () => {
    const r = root(draft('<span data-text="true">Hello</span>', '<br data-text="true">', '<span data-text="true">world</span>'));
    expect(extractEditable(r).text).toBe('Hello\n\nworld');
  });
  it('reads an empty composer as ""', () => {
    expect(extractEditable(root(draft('<br data-text="true">'))).text).toBe('');
  });
  it('concatenates styled runs inside a block', () => {
    const r = root(draft('<span data-text="true">Cllr </span></span><span data-offset-key="x"><span data-text="true">Smith</span>'));
    expect(extractEditable(r).text).toBe('Cllr Smith');
  });
});

describe('reading Lexical composers (Facebook, Instagram)', () => {
  it('reads paragraphs as lines and an empty paragraph as an empty line', () => {
    const r = root('<p dir="ltr"><span data-lexical-text="true">One</span></p><p><br></p><p dir="ltr"><span data-lexical-text="true">Two</span></p>');
    expect(extractEditable(r).text).toBe('One\n\nTwo');
  });
  it('reads a line break inside a paragraph as a newline', () => {
    const r = root('<p><span data-lexical-text="true">a</span><br><span data-lexical-text="true">b</span></p>');
    expect(extractEditable(r).text).toBe('a\nb');
  });
  it('reads a single empty paragraph as ""', () => {
    expect(extractEditable(root('<p><br></p>')).text).toBe('');
  });
  it('shows markup typed by the user as the literal text it is', () => {
    const r = root('<p><span data-lexical-text="true">&lt;img src=x onerror=alert(1)&gt;</span></p>');
    expect(extractEditable(r).text).toBe('<img src=x onerror=alert(1)>');
  });
  it('ignores scripts and styles', () => {
    expect(extractEditable(root('<p>hi<style>p{}</style></p>')).text).toBe('hi');
  });
});

describe('offset map back to the DOM', () => {
  it('maps every character of the text to its own text node', () => {
    const r = root('<p><span>Hello </span><span>there</span></p><p><span>you idiot</span></p>');
    const ex = extractEditable(r);
    expect(ex.text).toBe('Hello there\nyou idiot');
    for (let i = 0; i < ex.text.length; i++) {
      if (ex.text[i] === '\n') continue;
      const pos = domPosition(ex.segments, i)!;
      expect(pos.node.nodeValue![pos.offset]).toBe(ex.text[i]);
    }
  });
  it('splits a span across nodes and lines into per-node pieces', () => {
    const ex = extractEditable(root('<p><span>ab</span><span>cd</span></p><p><span>ef</span></p>'));
    const pieces = domPieces(ex.segments, 1, 6);
    expect(pieces.map((p) => `${p.node.nodeValue}:${p.start}-${p.end}`)).toEqual(['ab:1-2', 'cd:0-2', 'ef:0-1']);
  });
  it('puts a range start at a node boundary into the next node and an end into the previous one', () => {
    const ex = extractEditable(root('<p><span>ab</span><span>cd</span></p>'));
    expect(domPosition(ex.segments, 2)!.node.nodeValue).toBe('cd');
    expect(domPosition(ex.segments, 2, true)!.node.nodeValue).toBe('ab');
  });
});
