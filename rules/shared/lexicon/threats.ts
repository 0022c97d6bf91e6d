/**
 * Words of violence for the threats rules (R07–R09) and the hostility rule (R05). Our own fixed
 * vocabulary, compiled into bounded patterns by the rules (never a member's list).
 */

/** Violent verbs, base forms. The rules accept their -s/-ed/-ing forms. */
export const HARM_VERBS = [
  'kill', 'murder', 'stab', 'shoot', 'batter', 'deck', 'smash', 'hang', 'lynch', 'torch', 'burn', 'beat', 'kick', 'glass', 'knife', 'slit', 'strangle', 'choke', 'drown',
  'rape', 'hurt', 'punch', 'slap', 'execute', 'behead', 'bomb', 'gas', 'exterminate', 'annihilate', 'eradicate', 'snap', 'break', 'bury', 'shank', 'maim', 'hunt', 'string',
  'castrate', 'mutilate', 'torture', 'butcher', 'slaughter', 'massacre', 'destroy', 'wipe out', 'eliminate', 'skin', 'gut', 'hammer', 'bottle', 'brick', 'run over', 'knock out',
  'cut', 'attack', 'shot', 'beaten', 'hung', 'burnt', 'broken', 'strung', 'struck', 'slain', 'stuck', 'blown up', 'blew up', 'put an end to', 'get rid of', 'lamp', 'chin', 'thump', 'leather', 'sort out', 'do in', 'end', 'finish', 'suffer', 'bleed', 'die', 'starve', 'shoot up', 'blow up', 'set fire to', 'petrol bomb', 'firebomb',
];

/** Weapon emoji (catalog §1.2): next to a name or @mention they read as a threat. */
export const WEAPON_EMOJI = ['🔪', '🔫', '💣', '🪓', '🗡', '⚔', '🧨', '🪚', '🔨', '⛓', '☠', '💀', '⚰'];

/** Figurative uses of violent words that are never threats (catalog R07 must-not list). */
export const FIGURATIVE =
  /\b(?:fight (?:this|it|them|on|for|back)|tooth and nail|kill(?:ing|ed)? (?:the|this|that) (?:bill|motion|plan|proposal|idea|scheme|policy|deal|vibe|mood|lights?|engine)|killer (?:app|feature|line|heels)|smash(?:ed|ing)? (?:our|the|their|my|it|this|that|every|all) (?:\w+ )?(?:target|record|goal|total|expectations|it|quiz|exam|test|ceiling)|smashed it|smashing it|batter(?:ed|ing)? (?:rotherham|sheffield|leeds|doncaster|bury|bolton|wigan|oldham|united|city|rovers|wednesday|town|them \d)|knock(?:ed|ing)? (?:it|them) out of the park|dressed to kill|kill(?:ing)? time|killing it|would kill for|to die for|dying to|die laughing|laughed so hard|shoot (?:me )?(?:a|an) (?:email|message|dm|text)|shoot(?:ing)? (?:a |the )?(?:video|film|photos?|pictures?|scene)|photo ?shoot|shoot(?:ing)? the breeze|burn(?:ing)? (?:calories|fat|the midnight oil|bridges|rubber)|bomb(?:ed|ing)? (?:it|the exam|the test)|the bomb|da bomb|break (?:a leg|the ice|the news|the record|ground|even|down the|it down)|blow (?:up|out) (?:the )?balloons?|hang (?:on|out|up|around|in there|fire)|hanging (?:baskets?|out|around)|hung (?:parliament|jury|council)|shooting stars?|gas (?:bill|prices?|supply|boiler|meter|mark|leak|engineer)|beat (?:the|our|their|last) (?:\w+ )?(?:record|target|traffic|queue|rush|deadline|odds|heat|bounds)|beat (?:it|them) (?:\d|by)|deadline|dead heat|dead end|dead good|drop dead gorgeous|head ?hunt|hunt(?:ing)? (?:for|down) (?:a|the|bargains?|clues?|treasure|eggs?)|easter egg hunt|treasure hunt|scavenger hunt|kicks? off|kick(?:ed|ing)? off|kick (?:the )?(?:ball|can|habit)|finish(?:ed)? (?:the|it|this|line|off the)|end (?:the|this|of)|destroy(?:ed|ing)? (?:the|our|their|this|that) (?:\w+ )?(?:argument|case|record|myth|competition|quiz|opposition|green belt|countryside|village|character|high street|town centre|community)|choked (?:up|back)|slaughtered (?:at|in) the polls|massacred at the polls|wiped out at the)\b/i;
