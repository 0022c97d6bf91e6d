import type { PolicyPack } from './types';

const B000 = '000_02512859952f4825.txt';
const B003 = '003_af96a0d5570051af.txt';
const GDPR = { file: B000, section: 'Legal guidance on using social media', quote: 'Be aware of UK GDPR regulations and consent.' };
const DIVULGE = { file: B003, section: '4. Using social media for personal use at home (4.4)', quote: 'You should not divulge confidential information about, or belonging to, the Council, its service users or work colleagues.' };

/** Barnsley Council: the members' guidance (000) and the Social Networking Policy that also binds members (003 §1.6). */
export const barnsley: PolicyPack = {
  id: 'barnsley',
  name: 'Barnsley Council',
  aliases: ['barnsley council', 'barnsley metropolitan borough council', 'barnsley mbc', 'bmbc'],
  files: [B000, B003],
  clauses: {
    'confidential-information/private-meeting-or-exempt-report': [
      { file: B000, section: 'Key points', quote: 'Do not post any confidential information on any social platforms.' },
      DIVULGE,
    ],
    'confidential-information/unreleased-information': [DIVULGE],
    'confidential-information/listed-term': [DIVULGE],
    'personal-data/email-address': [GDPR],
    'personal-data/home-address': [GDPR],
    'personal-data/identifiers': [GDPR],
    'personal-data/phone-number': [GDPR],
    'hate-discrimination/casual-stereotype': [
      { file: B000, section: 'No place for hate in Barnsley', quote: 'We do not accept content that is defamatory, slanderous, discriminatory, inciting or intimidatory behaviour' },
    ],
    'tone/public-meeting-test': [
      { file: B000, section: 'Key points', quote: 'When posting on social platforms, your integrity is on display for people to see, so be ethical, respectful, truthful, and decent.' },
    ],
    'tone/controversial-topic-plan': [
      { file: B000, section: 'Your responsibility when using social media', quote: "Consider what you're posting, how you manage your page, and how this may reflect the council's values and reputation." },
    ],
    'elections/council-resources-in-campaigning': [
      { file: B000, section: 'Key points', quote: "Whatever you say on social media, you're likely to be considered as representing your role as an elected member of Barnsley Council— even when on your own personal pages." },
      { file: B000, section: 'Social media guidance for elected members', quote: "It's also applicable to candidates who are standing to be elected to Barnsley Council." },
    ],
    'elections/missing-imprint': [
      { file: B000, section: 'Social media guidance for elected members', quote: "It's also applicable to candidates who are standing to be elected to Barnsley Council." },
    ],
  },
};
