import type { PolicyPack } from './types';

const ER = '004_f238b8de7f3077ec.txt';
const SECTION = 'Understand what you can and can’t post online, including legally.';
const RESPONSIBILITY = { file: ER, section: SECTION, quote: 'councillors should also keep in mind their responsibility in relation to confidential information, copyright, data protection, the pre-election period and exempt reports.' };
const RULE2 = { file: ER, section: 'Rules of engagement', quote: 'Rule 2: Posts should not contain abuse, harassment, intimidation or threats of any form.' };
const OTHERS_DATA = { file: ER, section: 'Keeping your personal and family life private', quote: 'Remember that you also need to consider the personal data of others around you.' };
const GOLDEN_RULE = { file: ER, section: 'The golden rule to follow', quote: 'if you are unsure about posting something, stop and ask for advice first before doing anything else.' };

/** East Riding-style: "Social Media Policy for councillors" with the LGA rules of engagement (ERYC Standards, the clerk). */
export const eastRiding: PolicyPack = {
  id: 'east-riding',
  name: 'East Riding-style policy (LGA rules of engagement)',
  aliases: ['east riding', 'east riding of yorkshire council', 'eryc', 'lga'],
  files: [ER],
  clauses: {
    'abuse/obscene-or-profane': [{ file: ER, section: 'Handling online abuse', quote: 'Lead by example – do not post comments that could be considered abusive' }],
    'defamation/corruption-allegation': [
      { file: ER, section: SECTION, quote: 'Being a councillor will not prevent someone else pursuing legal action following the publication of an untrue statement.' },
    ],
    'harassment/name-and-shame': [RULE2],
    'harassment/pile-on': [RULE2],
    'harassment/repeated-targeting': [RULE2],
    'personal-data/photo-consent': [OTHERS_DATA],
    'personal-data/special-category': [OTHERS_DATA],
    'safeguarding/child-identification': [OTHERS_DATA],
    'safeguarding/vulnerable-person-location': [OTHERS_DATA],
    'confidential-information/unreleased-information': [RESPONSIBILITY],
    'confidential-information/internal-documents': [RESPONSIBILITY],
    'confidential-information/listed-term': [RESPONSIBILITY],
    'elections/missing-imprint': [RESPONSIBILITY],
    'copyright/copied-material': [RESPONSIBILITY],
    'official-capacity/capacity-unclear': [
      { file: ER, section: SECTION, quote: 'Councillors are still subject to the Code of Conduct on social media where there is an explicit link between the content posted and council business or your role as councillor.' },
    ],
    'official-capacity/council-branding': [
      { file: ER, section: SECTION, quote: 'some issues and communications are best left to your council’s official social media channels, which are usually managed by the clerk.' },
    ],
    'official-capacity/internal-issue-aired-publicly': [GOLDEN_RULE],
  },
};
