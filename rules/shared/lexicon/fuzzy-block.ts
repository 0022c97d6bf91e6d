/**
 * Misspelling variants that are real English words ("best" is one letter from "beast", "weeds" from
 * "weirdos"): never read as the lexicon word. Generated from compromise 14's English lexicon by
 * intersecting it with the misspelling tables of index.ts (regenerate when the lexicon grows).
 */
export const FUZZY_BLOCK: ReadonlySet<string> = new Set(
  'abees africa africas albania albanias asia asias athiests back backs bangladesh bangladeshs bates beaes beanes beas beatss best bests betes bets bind bled bledes bleds bobes bobs boomes broke brokees brokes bulgaria bulgarias bunting buntings burt burtes burts chines christina christinas citizen coke cokees cokes dades dads darkes darks deaes deas dedes detes dines dion diones dions disable dones dons down downes downs droned drones droning dronings dumbes ethic feminist foreignes gass gils greed groomes hans hated heees huger hugers huges hugs illegal inane india indias insect invades iraqi iraqs isla lades laides lies lithuanian lithuanias live livs lowes maier maiers mimed mimes miming mimings money moneys monkes necs neighbors niger nigeres nigeria nigerias nigers nones paises pakes pakistan pakistans payes pets petss pieres piers ples poes pols raees raes rain raps resident roam roman romania romanias rpes sank sankes sanks scot shakes shaking shakings shanes shoes shoo shooes shoos sices sickes sicks sites sits sitting slay slier sliers spice spies spikes stan stare stared starees stares staring starings stave staved stavees staves staving stavings stay sting strange strangees stranges stung stunges stungs stupides sucked suckes sucking suckings swam swams syria syrias tages tagses tagss tans terrorist thing thins tick tran traveler travelers tyes type viles violet white worker workes'.split(' '),
);

/** English words that would split into two lexicon words ("among" → a + mong): never split. Same source. */
export const SPLIT_BLOCK: ReadonlySet<string> = new Set(
  'alice among berat blackburn damnit divas dogan englishman father fatin indie irishman japan nothings rather romanian romano somalian therapists'.split(' '),
);
