import { describe, expect, it } from 'vitest';
import { isKeyboardSubmit } from '../../entrypoints/composer.content/keyboard';

describe('keyboard submit decision', () => {
  it('X posts on Ctrl+Enter and Cmd+Enter, never on a bare Enter', () => {
    expect(isKeyboardSubmit({ key: 'Enter', ctrlKey: true }, { platform: 'x', kind: 'post' })).toBe(true);
    expect(isKeyboardSubmit({ key: 'Enter', metaKey: true }, { platform: 'x', kind: 'reply' })).toBe(true);
    expect(isKeyboardSubmit({ key: 'Enter' }, { platform: 'x', kind: 'post' })).toBe(false);
    expect(isKeyboardSubmit({ key: 'a', ctrlKey: true }, { platform: 'x', kind: 'post' })).toBe(false);
  });
  it('Facebook and Instagram comments post on bare Enter; Shift+Enter is a new line', () => {
    for (const platform of ['facebook', 'instagram'] as const) {
      expect(isKeyboardSubmit({ key: 'Enter' }, { platform, kind: 'comment' })).toBe(true);
      expect(isKeyboardSubmit({ key: 'Enter' }, { platform, kind: 'reply' })).toBe(true);
      expect(isKeyboardSubmit({ key: 'Enter', shiftKey: true }, { platform, kind: 'comment' })).toBe(false);
    }
  });
  it('Enter is a new line in Facebook posts and Instagram captions', () => {
    expect(isKeyboardSubmit({ key: 'Enter' }, { platform: 'facebook', kind: 'post' })).toBe(false);
    expect(isKeyboardSubmit({ key: 'Enter' }, { platform: 'instagram', kind: 'post' })).toBe(false);
  });
  it('never during IME composition (isComposing or keyCode 229)', () => {
    expect(isKeyboardSubmit({ key: 'Enter', isComposing: true }, { platform: 'facebook', kind: 'comment' })).toBe(false);
    expect(isKeyboardSubmit({ key: 'Enter', keyCode: 229 }, { platform: 'instagram', kind: 'comment' })).toBe(false);
    expect(isKeyboardSubmit({ key: 'Enter', ctrlKey: true, isComposing: true }, { platform: 'x', kind: 'post' })).toBe(false);
  });
  it('Nextdoor: bare Enter only in a one-line box', () => {
    expect(isKeyboardSubmit({ key: 'Enter' }, { platform: 'nextdoor', kind: 'comment', singleLine: true })).toBe(true);
    expect(isKeyboardSubmit({ key: 'Enter' }, { platform: 'nextdoor', kind: 'comment' })).toBe(false);
  });
});
