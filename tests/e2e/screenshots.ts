/**
 * Screenshots of every practice page view with a warning showing: the stop-level draft typed into
 * each composer kind, panel up. Used by `npm start` where there is no display.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CASES, openCase } from './cases';
import type { Session } from './harness';
import { DRAFTS, expectPanelShown, typeInto } from './helpers';

export interface Shot {
  name: string;
  file: string | null;
  error?: string;
}

export async function captureWarnings(session: Session, dir: string): Promise<Shot[]> {
  mkdirSync(dir, { recursive: true });
  const page = await session.newPage();
  const shots: Shot[] = [];
  for (const c of Object.values(CASES)) {
    if (!c.screenshot) continue;
    const file = join(dir, `${c.screenshot}.png`);
    try {
      const editor = await openCase(page, c);
      await typeInto(page, editor, DRAFTS.stop);
      await expectPanelShown(page);
      await page.waitForTimeout(200);
      await page.screenshot({ path: file });
      shots.push({ name: c.name, file });
    } catch (e) {
      shots.push({ name: c.name, file: null, error: (e as Error).message.split('\n')[0] });
    }
  }
  await page.close();
  return shots;
}
