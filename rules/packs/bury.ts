import type { PolicyPack } from './types';

const BURY = '001_7fd03c8e1b0bdc04.txt';
const VALIDITY = { file: BURY, section: '3. Responsibilities of Councillors', quote: 'it is important to ensure you are confident of the validity and nature of the information you publish.' };

/** Bury Council: Social Media Policy for Councillors (February 2022). */
export const bury: PolicyPack = {
  id: 'bury',
  name: 'Bury Council',
  aliases: ['bury council', 'bury metropolitan borough council', 'bury mbc'],
  files: [BURY],
  clauses: {
    'misinformation/unverified-claim': [VALIDITY],
    'misinformation/share-without-checking': [
      VALIDITY,
      { file: BURY, section: '5. Principles for using social media', quote: 'Think twice –Think carefully about all your social media posts.' },
    ],
  },
};
