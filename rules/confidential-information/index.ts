import type { Rule } from '../define';
import internalDocuments from './internal-documents';
import listedTerm from './listed-term';
import privateMeetingOrExemptReport from './private-meeting-or-exempt-report';
import unreleasedInformation from './unreleased-information';

/** The confidential-information rules, in id order. Each file is one rule, named by its id. */
export const rules: Rule[] = [internalDocuments, listedTerm, privateMeetingOrExemptReport, unreleasedInformation];
