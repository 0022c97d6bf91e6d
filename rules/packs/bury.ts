import type { PolicyPack } from './types';

const BURY = '001_7fd03c8e1b0bdc04.txt';
const SECTION3 = '3. Responsibilities of Councillors';
const ABUSIVE = { file: BURY, section: SECTION3, quote: "Don't send or post inappropriate, abusive, bullying, racist or defamatory messages to members of the public, other councillors or officers either in or outside a work environment." };
const PERSONAL = { file: BURY, section: SECTION3, quote: "Do not disclose personal details and ensure that you handle any personal or sensitive information in line with the Council's data protection policy." };
const VALIDITY = { file: BURY, section: '3. Responsibilities of Councillors', quote: 'it is important to ensure you are confident of the validity and nature of the information you publish.' };

/** Bury Council: Social Media Policy for Councillors (February 2022). */
export const bury: PolicyPack = {
  id: 'bury',
  name: 'Bury Council',
  aliases: ['bury council', 'bury metropolitan borough council', 'bury mbc'],
  files: [BURY],
  clauses: {
    'abuse/obscene-or-profane': [ABUSIVE],
    'hate-discrimination/group-hostility': [ABUSIVE],
    'hate-discrimination/casual-stereotype': [ABUSIVE],
    'defamation/criminal-or-dishonesty-allegation': [
      { file: BURY, section: SECTION3, quote: 'Publishing or allowing to be published (in the form of a comment) an untrue statement about a person which is damaging to their reputation may incur a libel action for which you will be personally liable.' },
      ABUSIVE,
    ],
    'threats-incitement/violent-threat': [
      { file: BURY, section: 'Inappropriate Use of Social Media by Others', quote: 'Any form of intimidation or abuse on a social media platform is subject to all the same potential criminal prosecutions as other forms of intimidation.' },
    ],
    'personal-data/home-address': [PERSONAL],
    'personal-data/photo-consent': [PERSONAL],
    'security/credentials': [{ file: BURY, section: '2. Purpose', quote: 'Council information remains secure and not compromised' }],
    'tone/heated-reply': [{ file: BURY, section: '5. Principles for using social media', quote: 'Set the tone for online conversations by being polite, open and respectful.' }],
    'tone/corporate-jargon': [{ file: BURY, section: '5. Principles for using social media', quote: 'Use familiar language, be cordial, honest and professional at all times.' }],
    'tone/controversial-topic-plan': [{ file: BURY, section: '5. Principles for using social media', quote: 'Think twice –Think carefully about all your social media posts.' }],
    'misinformation/unverified-claim': [VALIDITY],
    'misinformation/share-without-checking': [
      VALIDITY,
      { file: BURY, section: '5. Principles for using social media', quote: 'Think twice –Think carefully about all your social media posts.' },
    ],
  },
};
