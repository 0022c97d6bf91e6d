import type { PolicyPack } from './types';

const ANNEX = '002_0356de40dc76b657.txt';
const CONFIDENTIAL = { file: ANNEX, section: '1.3 Members Code of Conduct', quote: 'prohibiting the disclosure of confidential information.' };
const CAPACITY = { file: ANNEX, section: '1.3 Members Code of Conduct', quote: 'Councillors may use social media in both an official and personal capacity, but they must be aware that the public may perceive them as acting in either capacity when that is not their intention.' };
const DATA = { file: ANNEX, section: '1.2 Legal considerations — (4) Data Protection', quote: 'Avoid publishing the personal data of other people, including photographs, without their express permission to do so.' };
const EMBARRASS = { file: ANNEX, section: '1.1 General ‘Dos and Don’ts’ for Social Media — Don\'t', quote: "post content which will embarrass yourself – don't post any message on social media that you wouldn't happily say in a public meeting." };
const CHALLENGE = { file: ANNEX, section: '1.2 Legal considerations — (8) Bias and Pre-determination', quote: 'The Council’s decision is then open to challenge and could be invalidated, and the ‘disrepute’ provision of the Code could be engaged.' };

/** The annex's council: "ANNEX – Guidance for using social media" (council not named; uses Modern.gov). */
export const annex: PolicyPack = {
  id: 'annex',
  name: "The annex's council (Guidance for using social media)",
  aliases: ['annex'],
  files: [ANNEX],
  clauses: {
    'abuse/mockery': [EMBARRASS],
    'defamation/hearsay-about-person': [
      { file: ANNEX, section: '1.2 Legal considerations — (1) Defamation', quote: 'If you publish an untrue statement about a person which is damaging to their reputation, you may be liable to pay damages.' },
    ],
    'personal-data/casework-disclosure': [DATA],
    'personal-data/identifiers': [DATA],
    'personal-data/special-category': [DATA],
    'personal-safety/own-and-family-details': [DATA],
    'safeguarding/vulnerable-person-location': [DATA],
    'threats-incitement/intimidation': [
      { file: ANNEX, section: '1.2 Legal considerations — (7) Malicious and obscene communications', quote: 'It is a criminal offence to publish anything that people would consider malicious or obscene communications.' },
    ],
    'confidential-information/unreleased-information': [CONFIDENTIAL],
    'confidential-information/internal-documents': [CONFIDENTIAL],
    'confidential-information/listed-term': [CONFIDENTIAL],
    'official-capacity/official-announcement': [CAPACITY],
    'official-capacity/council-branding': [CAPACITY],
    'predetermination/closed-mind': [CHALLENGE],
    'predetermination/campaigning-on-live-application': [CHALLENGE],
    'predetermination/posting-during-meeting': [
      { file: ANNEX, section: '1.4 Use of Social Media During Committee Meetings — (1)', quote: 'common sense and care should be taken when using social media during meetings.' },
      { file: ANNEX, section: '1.4 Use of Social Media During Committee Meetings — (1)', quote: 'as it could lead to the relevant decision coming under challenge if councillors are perceived to have made a decision without having properly listened to the debate.' },
    ],
  },
};
