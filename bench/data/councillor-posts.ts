/**
 * An independent hold-out set of UK councillor social-media posts (engineer AUDIT), written from
 * how councillors actually post: ward updates, litter picks, surgeries, planning and budget news,
 * robust political criticism, replies to angry residents, shares of council news, campaign posts
 * with imprints, thanks to teams, potholes and bins, safeguarding-aware posts, abuse received and
 * reported, hate quoted to condemn it, awkward place names and surnames, and the numbers of civic
 * life (dates, times, planning references, prices, road numbers, bus routes, council numbers).
 *
 * None of these texts is copied or paraphrased from the rules catalog or the datasets; people,
 * businesses and phone numbers are fictional (Ofcom drama ranges 07700 900xxx, 01632 960xxx).
 *
 * `expect: 'clean'` means a monitoring officer would expect no warn or stop finding (an info hint is
 * acceptable). For risky posts, `expect` lists each family (and the severity) a monitoring officer
 * would expect; a post is caught when a finding of that family reaches the expected level
 * (at least warn when warn or stop is expected, any level when info is expected).
 *
 * The set is a measurement, not a tuning target: keep rules tuned to the policies and to meaning.
 */
import type { ComposeContext, Family, Settings } from '../../rules/types';

export interface ExpectedFinding {
  family: Family;
  severity: 'warn' | 'stop' | 'info';
}

export interface CouncillorPost {
  id: string;
  text: string;
  context?: ComposeContext;
  settings?: Settings;
  expect: ExpectedFinding[] | 'clean';
  note?: string;
}

// ───────────────────────────── shared settings and contexts ─────────────────────────────

/** Borough elections: notice of election 29 March 2027, polling day 6 May 2027. */
const ELECTIONS = [{ noticeOfElection: '2027-03-29', pollingDay: '2027-05-06', name: 'Borough council elections 2027' }];
const IN_PERIOD = '2027-04-20T18:30:00';
const OUT_OF_PERIOD = '2027-01-14T10:15:00';
const ELECTION_SETTINGS: Settings = {
  lists: {
    elections: ELECTIONS,
    profile: { name: 'Jo Barker', council: 'Barnsley Council', ward: 'Penistone East', party: 'Independent' },
    imprint: { text: 'Promoted by Jo Barker, 12 Market Street, Penistone, S36 6BZ' },
  },
};

const PLANNING_MEMBER: Settings = {
  lists: {
    committees: [{ name: 'Planning Regulatory Board', type: 'planning' }],
    liveApplications: ['2026/1187/FUL', 'Land off Wakefield Road', 'Greenside Farm'],
  },
};
const LICENSING_MEMBER: Settings = {
  lists: {
    committees: [{ name: 'Licensing Sub-Committee', type: 'licensing', substitute: true }],
    liveApplications: ['The Crown Vaults', 'Shack Bar'],
  },
};
const MEETING_DAY: Settings = {
  lists: {
    committees: [{ name: 'Planning Regulatory Board', type: 'planning' }],
    meetings: [
      { title: 'Planning Regulatory Board', start: '2026-11-24T14:00', end: '2026-11-24T17:30', type: 'planning', quasiJudicial: true },
      { title: 'Full Council', start: '2026-11-26T10:00', end: '2026-11-26T13:00', type: 'council' },
    ],
  },
};
const DURING_PLANNING = '2026-11-24T15:20:00';
const DURING_FULL_COUNCIL = '2026-11-26T11:05:00';
const AFTER_PLANNING = '2026-11-24T19:45:00';

const OFFICERS: Settings = {
  lists: {
    officers: [
      { name: 'Gary Holroyd', department: 'Planning' },
      { name: 'Sarah Kilner', department: 'Highways' },
      { name: 'Dev Mistry', department: 'Waste Services' },
      { name: 'Lorraine Booth', department: 'Housing' },
    ],
  },
};

const CONFIDENTIAL: Settings = {
  lists: {
    confidentialTerms: ['Project Heron', { term: 'Northgate depot disposal', publicFrom: '2027-09-01' }, 'Kestrel Retail Park'],
    exemptItems: ['Acquisition of land at Shaw Lane'],
  },
};

const PRIVATE_DETAILS: Settings = {
  lists: {
    ownPrivateDetails: ['07700 900417', '14 Thornfield Close', 'S75 2QT', 'jo.barker.home@examplemail.co.uk'],
    familyNames: ['Maisie', 'Oliver'],
    childrensSchools: ['Darton Primary'],
  },
};

const OWN_PUBLISHED: Settings = {
  lists: {
    ownPublishedContacts: ['07700 900123', 'cllr.jobarker@barnsley.gov.uk'],
    councilNumbers: ['01226 773555', '0161 253 5000'],
    councilDomains: ['barnsley.gov.uk', 'bury.gov.uk'],
  },
};

const FB: ComposeContext = { platform: 'facebook' };
const X: ComposeContext = { platform: 'x' };
const IG: ComposeContext = { platform: 'instagram', hasMedia: true, mediaKind: 'image' };
const ND: ComposeContext = { platform: 'nextdoor' };
const reply = (parentText: string, platform: ComposeContext['platform'] = 'facebook'): ComposeContext => ({ kind: 'reply', platform, parentText });
const share = (sharedText: string, sharedUrl?: string, platform: ComposeContext['platform'] = 'facebook'): ComposeContext => ({ kind: 'share', platform, sharedText, sharedUrl });
const photo = (names?: string[], platform: ComposeContext['platform'] = 'facebook'): ComposeContext => ({ platform, hasMedia: true, mediaKind: 'image', mediaNames: names });
const late = (platform: ComposeContext['platform'] = 'facebook'): ComposeContext => ({ platform, now: '2026-11-20T23:48:00' });

// ───────────────────────────── clean posts ─────────────────────────────

type CleanRow = [text: string, context?: ComposeContext, settings?: Settings, note?: string];

const CLEAN_WARD: CleanRow[] = [
  ['Ward update: the resurfacing of Huddersfield Road between the Co-op and the fire station starts Monday 7th for five nights, 8pm to 6am. Diversions will be signed via the A629.', FB],
  ['Good news for Thurlstone – the broken streetlight outside the chapel has finally been replaced. Thanks to everyone who reported it.', FB],
  ['Spent this morning walking round the Ashfield estate with the housing team looking at the damp problems. Repairs list agreed, I will post progress as it happens.', FB],
  ['The new defibrillator at Millhouse Green village hall is now live and registered on The Circuit. Training session Thursday 7pm, all welcome.', FB],
  ['Quick update on the Station Road bridge: Network Rail tell me the weight restriction will stay until at least March. I have asked them for a firm date and will share it when I get one.', X],
  ['Our ward newsletter is out this week. If you do not get one through the door and would like a copy, drop me a message.', FB],
  ['Ward budget decisions for this year: £3,000 to the youth club, £1,500 for new benches on the Trans Pennine Trail, £800 for the Christmas lights. Full list on the council website.', FB],
  ['Flood update: Environment Agency has lifted the warning for the River Don at Oughtibridge. Sandbags can be returned to the depot on Wood Lane this week.', X],
  ['I met the headteacher at Springvale this afternoon about parking at pick-up time. We are going to trial a school street scheme from January.', FB],
  ['Reminder that the household waste recycling centre at Smithies Lane has new winter opening hours from 1 November: 9am to 4pm every day.', FB],
  ['Really pleased the council has agreed to fund the crossing on Sheffield Road after years of residents asking. Work due in the spring.', FB],
  ['Christmas lights switch-on in Hoyland is Friday 28th at 5.30pm. Santa arrives at 6. Road closed from 4pm.', IG],
  ['Some of you asked about the hoarding on the old bank building. The owner has told me it is being converted to flats and the scaffolding should be down by Easter.', ND],
  ['Lovely to see the community fridge at St Mary\'s so well used. They could do with more volunteers on Wednesday afternoons if anyone has a couple of hours.', FB],
  ['Grit bins on Royd Lane, Well House Lane and Cross Lane have all been refilled today. If you spot an empty one, let me know where.', X],
  ['The consultation on the Oxspring conservation area closes on 12 December. It takes about ten minutes to fill in and your views really do count.', FB],
  ['Met with the police neighbourhood team tonight. Anti-social behaviour around the precinct is down since the new lighting went in. Next PACT meeting is 15 January.', FB],
  ['Had a great chat with the allotment society about the water supply. Yorkshire Water are coming out on Tuesday to look at the leaking standpipe.', FB],
  ['Dropped kerbs on Church Street are finally in, so wheelchair and pushchair users can get from the bus stop to the surgery without going into the road.', X],
  ['The path by the canal at Lock Lane is closed for two weeks while the Canal & River Trust repairs the wall. Signed diversion via Mill Street.', ND],
  ['Just a heads up that the mobile library will be at the Cross Keys car park every other Tuesday from next week, 10am to 12.', FB],
];

const CLEAN_LITTER: CleanRow[] = [
  ['Litter pick this Sunday 10am, meet at the Spar car park on Manchester Road. Pickers, bags and hi-vis provided. Kids welcome with an adult.', FB],
  ['22 bags, two tyres, a shopping trolley and what we think was once a garden gnome. Thank you to the 18 heroes who turned out in the drizzle this morning!', IG],
  ['Our monthly clean-up of the Dearne Valley path is on the first Saturday of every month. Drop me a message to be added to the WhatsApp group.', FB],
  ['The Keep Britain Tidy Great British Spring Clean starts next week. Our ward has signed up for three events – dates to follow.', X],
  ['Massive thanks to the lads from the rugby club who cleared the brambles off the footpath behind the school. Proper community spirit.', FB],
  ['Fly-tipping on Back Lane has been reported and the council will clear it within five working days. If you saw it being dumped, please report it to the council, not on here.', FB],
  ['If anyone has a spare hour tomorrow, we are painting the benches in the memorial garden. Brushes provided, bring a flask.', ND],
  ['Bags from this morning\'s pick are stacked by the gate at the end of Pinfold Lane for collection. Please do not add household rubbish to them.', FB],
  ['Dog-fouling signs are going up along the riverside this week. Bag it and bin it, folks – any bin will do.', X],
  ['Amazing effort by the Friends of Elsecar Park today: the bandstand is spotless and the new planters are in.', IG],
  ['Took the grandkids litter picking for the first time today. They found a 1998 crisp packet, which made me feel very old.', IG],
  ['We are getting a litter-picking kit for the ward that anyone can borrow. It will live at the library – just ask at the desk.', FB],
  ['Community skip day Saturday 9am-1pm on the Greenside car park. No fridges, tyres, paint or asbestos please.', FB],
  ['Thanks to Greggs on the High Street for donating sausage rolls to our volunteers. The way to a litter picker\'s heart.', FB],
  ['Snow clearing volunteers: the salt spreaders are in the shed behind the village hall, key from the post office.', FB],
  ['Graffiti on the underpass by the station has been reported and the council\'s cleansing team have it on their list for this week.', X],
  ['Planted 40 native hedging whips along Cote Lane with the Woodland Trust. In a few years that will be a proper hedge for the birds.', IG],
];

const CLEAN_SURGERY: CleanRow[] = [
  ['My next ward surgery is Saturday 14 December, 10am to 12 noon at Penistone Library, Shrewsbury Road. No appointment needed.', FB],
  ['Surgery tonight 6-7pm at the Methodist church hall, Bridge Street. Come and tell me what is going on in your street.', X],
  ['Can\'t make a surgery? Text or ring 07700 900123 (the phone the council gave me for ward work), or write to cllr.jobarker@barnsley.gov.uk.', FB, OWN_PUBLISHED, 'own published contact details from the settings'],
  ['Drop-in advice session with Citizens Advice at the community centre on Friday 10-12. Help with benefits, debt and energy bills.', FB],
  ['No surgery this Saturday as I am at the Remembrance parade. Back as normal on the 23rd.', FB],
  ['Joint surgery with our MP next Friday 4pm at Hoyland Town Hall. Please book a slot through her office if you can.', FB],
  ['I\'ll be at the Tesco in Stocksbridge on Thursday from 11 with a table and a cuppa. Come and say hello, moan, or both.', FB],
  ['Thank you to all who dropped in at surgery today. Nine people, issues from bins to bus timetables. All passed on to officers this afternoon.', X],
  ['Reminder: surgeries are confidential. If you would rather talk privately, message me and we can arrange a phone call.', FB],
  ['Street surgery on the Kendray estate tomorrow from 5pm, starting at the top of Fitzwilliam Street and working down.', ND],
  ['Monthly surgery moves to the second Tuesday from January: Dodworth Miners Welfare, 6.30pm.', FB],
  ['If you need to contact the council urgently out of hours, the number is 01226 773555. For emergencies always ring 999.', FB, OWN_PUBLISHED],
  ['For anything about your council tax, the council contact centre is on 0161 253 5000, Monday to Friday 8.45 to 5.', FB, OWN_PUBLISHED],
  ['Pop-up surgery at the farmers\' market on Saturday. Look for the gazebo next to the cheese stall.', IG],
  ['Welsh speakers welcome at my surgery – mae croeso i chi siarad Cymraeg. Saturday 10am, Llandeilo Civic Hall.', FB],
];

const CLEAN_PLANNING: CleanRow[] = [
  ['The application for 120 homes at Greenside Farm (2026/1187/FUL) goes to the Planning Regulatory Board on 24 November. You can register to speak until noon on the 20th.', FB],
  ['I know lots of you have strong feelings about the Wakefield Road scheme. As a member of the planning board I will listen to every argument at the meeting before I make up my mind.', FB, PLANNING_MEMBER],
  ['Planning committee tonight approved the extension to the surgery on Cross Street. Great news for patients.', X, undefined, 'reporting a decision after the meeting'],
  ['To object or support a planning application, comment on the council\'s planning portal quoting the reference. Comments on Facebook cannot be counted.', FB],
  ['The appeal against refusal of the wind turbine at Hartcliff has been dismissed by the Planning Inspectorate. The decision letter is on the portal.', FB],
  ['I am not on the planning committee, so I am free to say I support the new community centre plans and I will be speaking in favour as ward member.', FB, undefined, 'not a committee member: may campaign'],
  ['Planning reference 2026/0934/HOUS is a householder application for a rear extension at a property on Well Lane. Neighbours have until 3 December to comment.', FB],
  ['The Local Plan examination hearings start on 9 February. All the documents are in the examination library online.', X],
  ['Site visit for the Elm Tree Farm application is on Monday at 10am. Members attend to look, not to discuss the merits.', FB, PLANNING_MEMBER],
  ['Enforcement officers have served a stop notice on the unauthorised works at the old quarry. Thanks to all who reported it.', FB],
  ['Please don\'t ask me on here how I will vote on the supermarket plans. I sit on the planning board and have to come to the meeting with an open mind.', FB, PLANNING_MEMBER],
  ['The Section 106 money from the Moorland View development – £240,000 – will go towards extra places at Oxspring Primary.', FB],
  ['Full council adopted the new Supplementary Planning Document on design last night. It means new estates need proper footpaths and trees.', X],
  ['Reminder that a planning application being submitted does not mean it will be approved. Officers assess it against the Local Plan first.', ND],
  ['The Inspector\'s report on the Local Plan is out. Page 47 covers the green belt sites in our ward.', FB],
  ['Drop-in exhibition on the Barnsley Road regeneration plans: Thursday 3-7pm at the Civic. Architects will be there to answer questions.', FB],
  ['The licensing sub-committee will consider the new premises licence at the old post office on 2 December. Representations close on the 25th.', FB],
  ['After tonight\'s planning meeting I can say the bungalows at Cherry Tree Close were approved with conditions on hours of work. Thanks to residents who spoke.', FB, { ...MEETING_DAY }, 'posted after the meeting'],
];

const CLEAN_BUDGET: CleanRow[] = [
  ['Budget council tonight. The administration\'s plan puts Band D council tax up by 4.99%, about £1.68 a week. I will be voting against and here is why.', FB],
  ['We tabled an amendment to reverse the £400,000 cut to the youth service, funded from the transformation reserve. It was voted down 34 to 21.', X],
  ['The government\'s funding settlement leaves us with a £12.3m gap next year. Every council in the region is in the same boat.', FB],
  ['Proud that our budget protects weekly bin collections, keeps all 14 libraries open and freezes car parking charges in the town centre.', FB],
  ['This budget is a shambles. Closing two care homes to plug a hole the cabinet dug themselves is the wrong decision and I will keep saying so.', FB, undefined, 'robust criticism of a decision'],
  ['Adult social care now takes 42p of every pound of council tax. That is the real story of this budget.', X],
  ['The consultation on next year\'s budget closes on 10 January. Tell the council what services matter most to you.', FB],
  ['Cabinet\'s plan to charge £45 a year for garden waste is a stealth tax and it will lead to more fly-tipping. We will oppose it.', FB],
  ['Capital programme highlights: £2.1m for road resurfacing, £650k for the leisure centre roof, £300k for new play areas.', FB],
  ['Just a reminder that councillors do not set business rates – the government does. Happy to explain how the bits we control work.', ND],
  ['The Conservative group\'s alternative budget would have cut £3m from highways. I don\'t think residents on our potholed roads would thank them.', FB],
  ['Our Labour administration has balanced the books without touching the reserves. Not easy, but we did it.', X],
  ['I asked the portfolio holder at full council why the pothole budget is down 18% when complaints are up. Still waiting for a straight answer on that one.', X],
  ['The Lib Dem amendment on free swimming for under-16s was sensible and costed. Disappointing that the administration voted it down.', FB],
  ['The council is borrowing £30m to buy a shopping centre at the worst possible time. History will judge that decision harshly.', FB],
  ['Scrutiny committee looked at the budget proposals tonight for three hours. Some good challenge on the leisure trust subsidy.', FB],
  ['Parish precept for Gunthwaite & Ingbirchworth stays at £38.40 for a Band D home. Minutes of the meeting on the parish website.', FB],
  ['Council tax support scheme consultation: if you are on a low income this affects you. Link below – it closes Friday.', FB],
  ['Fair funding review explained in one chart: northern councils lose, leafy shires gain. Write to your MP.', X],
  ['I voted for this budget with a heavy heart. Some of the savings in libraries are ones I argued against in group, but overall it protects the most vulnerable.', FB],
];

const CLEAN_CRITICISM: CleanRow[] = [
  ['The decision to close Cudworth library is short-sighted and wrong. Hundreds of people use it every week and the cabinet did not even visit.', FB],
  ['Another broken promise from this government. They said levelling up; we got a bidding competition and a photo op.', X],
  ['The Reform group voted against the climate action plan without reading it. Their amendment did not mention a single local project.', FB],
  ['I have called in the cabinet decision on the bus subsidy. It will be looked at by scrutiny on 4 December.', FB],
  ['The Labour leadership has ignored residents on this for two years. It is time they listened.', X],
  ['The consultation on the new bin rota was badly run, poorly publicised and the results have been ignored. That is not good enough.', FB],
  ['The council leader\'s statement on the leisure centre raises more questions than it answers. I have put down a written question for full council.', FB],
  ['Strongly disagree with the Tory county council on this. Cutting school transport for rural kids is a false economy.', X],
  ['With respect to my colleagues opposite, their plan for the town centre is a wish-list with no money behind it.', FB],
  ['It is shameful that the council has spent £180,000 on consultants to tell us what residents told us for free.', FB],
  ['The Greens talk a good game on the environment but voted against the cycle lane on Dodworth Road. Actions speak louder.', X],
  ['This is the third time the northern bypass has been delayed. The county council owes residents an explanation and an apology.', FB],
  ['I will be honest: I think the Mayor\'s transport plan is underfunded and too focused on the city centre. Happy to debate it with anyone.', FB],
  ['The government\'s decision to scrap the rail electrification is a betrayal of the north. Our MP should be ashamed to have voted for it.', X],
  ['The independent group walked out of the meeting rather than vote on the motion. Residents deserve better than political theatre.', FB],
  ['The new parking charges at the country park are a tax on families. I have launched a petition to reverse them.', FB],
  ['The ruling group\'s housing strategy is all targets and no homes. Not a single council house started this year.', X],
  ['I asked the cabinet member for highways three straight questions at council. Three non-answers. Residents will draw their own conclusions.', FB],
  ['Let us be clear: the decision to close the day centre was taken before the consultation even started. The papers prove it.', FB],
  ['Disappointed but not surprised that the Conservatives on the county voted to cut the library budget again.', X],
  ['This scheme is a waste of money and a mess. Fix the potholes we have before painting new lines on roads nobody asked for.', FB],
  ['The SNP government has starved councils of funding for a decade and now blames us for the cuts.', X, undefined, 'Scottish context: party criticism'],
  ['Plaid\'s motion on second homes was well meant but badly drafted. We supported the principle and abstained on the detail.', FB],
  ['I respect Cllr Walsh personally but her party\'s position on the incinerator is simply wrong for this town.', FB],
  ['The transformation programme was sold to us as saving £8m. So far it has saved £1.2m and cost £3m. That needs scrutiny.', FB],
  ['Nobody voted for this. Not residents, not the ward councillors, not the parish council. Cabinet pushed it through anyway.', X],
  ['The Prime Minister\'s announcement today does nothing for councils like ours. Warm words, no cash.', X],
  ['I opposed the sale of the playing fields and I still do. It was the wrong call then and it is the wrong call now.', FB],
];

const CLEAN_REPLIES: CleanRow[] = [
  ['Sorry to hear that, Margaret. Can you send me a private message with your address and I will chase the missed collection with the waste team first thing.', reply('THIRD week running my bins haven\'t been emptied!!! What do we pay council tax for??', 'facebook')],
  ['I understand you are frustrated. The road is on the resurfacing list for April. I will keep pushing for it to be brought forward.', reply('The state of Manor Road is a joke. Potholes everywhere, you lot do nothing')],
  ['I am not going to get into an argument on here, but my door is always open. Surgery is Saturday at 10 if you want to talk it through.', reply('You\'re all the same, useless the lot of you, only show your face at election time')],
  ['Thanks for raising it. I have reported the streetlight (ref 4418872) and asked for it to be fixed this week.', reply('Light outside 40 has been out for a month, pitch black walking home')],
  ['That is a fair point and I agree the signage was poor. I have asked for temporary signs to go up today.', reply('Nobody knew the road was shut, total chaos this morning')],
  ['The decision was made by cabinet, not ward councillors, but I share your concerns and voted against it at scrutiny.', reply('Why did you close our library? Disgraceful')],
  ['I am really sorry you had that experience. Please DM me the details and I will raise it with the housing manager.', reply('Been waiting 8 months for a repair to my damp, kids are ill, nobody cares')],
  ['I hear you. Speeding on that road worries me too. The police are doing a speed check next week and I have asked for a traffic survey.', reply('Someone is going to get killed on Barnsley Road the way they drive')],
  ['Happy to explain. Council tax went up because the government assumes we will raise it by the maximum. I argued against it.', reply('Council tax up again and services getting worse. Explain that.')],
  ['We will have to agree to disagree on this one, Pete. Thanks for coming to the meeting though.', reply('You talked rubbish at the meeting last night')],
  ['No, I haven\'t forgotten. The tree survey is booked for the 12th and I will post the results.', reply('Still waiting on that tree to be looked at, forgotten us again?')],
  ['I understand why you are angry. I am too. But please keep comments on this page respectful – I will hide ones that are not.', reply('The whole council should be sacked')],
  ['Can I ask you to report it on the council website as well so it gets a reference number? Then I can chase it.', reply('Massive pothole outside the chippy, nearly came off my bike')],
  ['Thanks Susan, that is really kind. It was a team effort with the residents\' association.', reply('Well done on getting the crossing sorted, been asking for years')],
  ['I did reply to your email on Tuesday – it may have gone to junk. I will resend it now.', reply('Emailed you twice, no reply. Typical.')],
  ['It is not true that the park is being sold. It is being leased to the football club for 25 years for the pitches, and stays public open space.', reply('Heard the council is selling off the park to developers??')],
  ['Fair challenge. You\'re right that I said I would report back, and I haven\'t yet. Officers are due to give me the figures on Friday.', reply('You promised an update in October. Where is it?')],
  ['Sorry, I can\'t comment on individual planning applications before the committee meets, but your objection will be in the officer\'s report.', reply('Are you going to vote against the Wakefield Road houses or not?'), PLANNING_MEMBER],
  ['Hi Dean, the bulky waste collection costs £25 for up to five items. You can book online or ring the contact centre.', reply('How much to get an old sofa taken away?')],
  ['Appreciate the feedback. The bus timetable change is SYMCA\'s decision, not the council\'s, but I have written to them about the 21 and 22.', reply('The new bus timetable is ridiculous, the 22 doesn\'t even run after 6 now', 'x')],
  ['I will look into it. I have no record of the earlier complaint but that is no excuse; let\'s get it sorted.', reply('Reported the dog mess on Hill Street three times and nothing happens')],
  ['Thanks for your comment. I am not going to respond to the personal remarks, but I am happy to talk about the budget any time.', reply('You are a joke and so is your party')],
  ['Yes, the gritters will be out tonight from 7pm on all priority routes. Side roads are not gritted, sadly.', reply('Will the roads be gritted tonight? Black ice this morning')],
  ['I do read every comment, honestly. I do not always have the answer straight away, but I will find out.', reply('Do you even read these?')],
  ['Thank you for letting me know. I have passed this to environmental health and they will visit this week.', reply('Rats everywhere by the takeaway bins on Market Street')],
  ['Understood, and I do take your point about consultation fatigue. That is why I pushed for a single survey this time.', reply('Another survey? Nobody listens anyway')],
];

const CLEAN_SHARE: CleanRow[] = [
  ['Please share: the council\'s winter warm spaces are open from today. List of venues and times in the link.', share('Warm spaces open across the borough this winter. Find your nearest at barnsley.gov.uk/warmspaces', 'https://www.barnsley.gov.uk/warmspaces')],
  ['Worth a read if you are on a prepayment meter.', share('Energy bill support: what you can claim this winter', 'https://www.gov.uk/guidance/energy-bills-support')],
  ['Important from South Yorkshire Police.', share('Police are appealing for witnesses after a collision on the A61 near Tankersley on Sunday evening. Call 101 quoting incident 912.', 'https://www.southyorks.police.uk/news')],
  ['Sharing from the council: bin collections over Christmas. Check your new day!', share('Christmas and New Year bin collection changes', 'https://www.barnsley.gov.uk/bins-christmas')],
  ['Good to see our ward in the council\'s annual report.', share('Annual report 2025/26: a year in numbers', 'https://www.bury.gov.uk/annual-report')],
  ['This is a brilliant scheme – free swimming lessons for Year 7s who can\'t swim 25m.', share('Leisure trust launches Splash Start for secondary pupils', 'https://www.example-leisure.org.uk/splash-start')],
  ['Fantastic news for the high street.', share('Town Deal: £2.4m confirmed for market hall refurbishment', 'https://www.barnsley.gov.uk/news/town-deal')],
  ['From the Met Office: yellow warning for snow tomorrow morning. Take care on the roads.', share('Yellow weather warning: snow and ice, 06:00 to 12:00 Thursday', 'https://www.metoffice.gov.uk/weather/warnings')],
  ['Great piece in the Chronicle about the food bank volunteers. They deserve every bit of praise.', share('Food bank volunteers hit 10,000 parcels milestone', 'https://www.barnsleychronicle.com/article/food-bank')],
  ['The NHS is asking people to use 111 online before going to A&E this weekend.', share('NHS 111 online: get help for your symptoms', 'https://111.nhs.uk')],
  ['Sharing the Environment Agency flood map for anyone near the river.', share('Check your long term flood risk', 'https://www.gov.uk/check-long-term-flood-risk')],
  ['Council job vacancies: the highways team are recruiting apprentices. Good pay and a real trade.', share('Apprenticeships in highways and transport – apply by 9 January', 'https://www.jobs.barnsley.gov.uk')],
  ['I wrote about why the bus franchising decision matters for our villages.', share('Why franchising the buses matters for the Dearne', 'https://www.example-blog.co.uk/buses')],
  ['Our parish council is looking for two new members. No experience needed, just a passion for the village.', share('Casual vacancy notice – Oxspring Parish Council', 'https://www.oxspring-pc.org.uk/vacancy')],
  ['The Citizens Advice cost of living guide is excellent. Please pass on.', share('Cost of living help: a plain English guide', 'https://www.citizensadvice.org.uk/cost-of-living')],
  ['Well deserved! Congratulations to everyone at Hoyland Common Primary.', share('Ofsted rates Hoyland Common Primary as good in all areas', 'https://www.example-news.co.uk/ofsted-hoyland')],
];

const CLEAN_CAMPAIGN: CleanRow[] = [
  ['Out on the doorstep in Thurgoland tonight. Loads of conversations about buses and speeding. Thanks for the cuppas!\n\nPromoted by Jo Barker, 12 Market Street, Penistone, S36 6BZ', { platform: 'facebook', now: IN_PERIOD }, ELECTION_SETTINGS],
  ['On 6 May, vote for a councillor who lives here, works here and will always put Penistone first. Vote Jo Barker, Independent.\nPromoted by Jo Barker, 12 Market Street, Penistone, S36 6BZ', { platform: 'facebook', now: IN_PERIOD }, ELECTION_SETTINGS],
  ['Postal votes are landing this week. If you have yours, please fill it in and send it back early.\nPromoted by Jo Barker, 12 Market Street, Penistone, S36 6BZ', { platform: 'x', now: IN_PERIOD }, ELECTION_SETTINGS],
  ['Our leaflet is going out this week. Here is what we have delivered in four years and what we will do next.\n\nPromoted by S. Ahmed on behalf of Bury Labour, 3 Silver Street, Bury BL9 0EU', { platform: 'facebook', now: IN_PERIOD, hasMedia: true, mediaKind: 'image' }, ELECTION_SETTINGS],
  ['It\'s polling day. You don\'t need your polling card to vote, but you do need photo ID – an older person\'s bus pass counts.', { platform: 'x', now: '2027-05-06T07:05:00' }, ELECTION_SETTINGS, 'a neutral civic reminder on polling day'],
  ['Not on the electoral register yet? You have until midnight on 19 April for the May elections. Five minutes online and job done.', { platform: 'facebook', now: '2027-04-10T09:00:00' }, ELECTION_SETTINGS],
  ['Thank you to everyone who voted for me last night. I will work just as hard for those who didn\'t.', { platform: 'facebook', now: '2027-05-08T11:00:00' }, ELECTION_SETTINGS, 'after the period'],
  ['Great canvassing session in Millhouse today with the team. The roads need fixing and we will keep saying so.\nPromoted by Jo Barker, 12 Market Street, Penistone, S36 6BZ', { platform: 'instagram', now: IN_PERIOD, hasMedia: true, mediaKind: 'image' }, ELECTION_SETTINGS],
  ['Hustings at Penistone Paramount on Thursday 22 April at 7pm. All five candidates have agreed to take part. Questions in advance welcome.\nPromoted by Jo Barker, 12 Market Street, Penistone, S36 6BZ', { platform: 'facebook', now: IN_PERIOD }, ELECTION_SETTINGS],
  ['Standing again for Radcliffe West. Four years ago I promised to fight for our high street – read what we have done.\n\nPrinted and promoted by K. Doyle, on behalf of Radcliffe First, 22 Church Street West, Radcliffe M26 2SP', { platform: 'facebook', now: IN_PERIOD }, ELECTION_SETTINGS],
  ['If you need a lift to the polling station tomorrow, ring the Age UK helpline – they are running a minibus.', { platform: 'facebook', now: '2027-05-05T19:00:00' }, ELECTION_SETTINGS],
  ['Our winter ward newsletter is going through doors this week – potholes, the new crossing and the library hours. Give us a shout if you want one.', { platform: 'facebook', now: OUT_OF_PERIOD }, ELECTION_SETTINGS, 'outside the period: an imprint hint at most'],
  ['Planning board finished at 5.20. Thanks to the residents who came to speak on both sides; the minutes will be on the website next week.', { platform: 'x', now: AFTER_PLANNING }, MEETING_DAY, 'posted after the listed meeting end'],
  ['Twelve years ago I first stood for this ward. Still love it. Still on the doorstep. Still listening.\nPromoted by Jo Barker, 12 Market Street, Penistone, S36 6BZ', { platform: 'x', now: IN_PERIOD }, ELECTION_SETTINGS],
];

const CLEAN_THANKS: CleanRow[] = [
  ['Huge thank you to the bin crews who worked through Storm Bert to get every round done. Absolute legends.', FB],
  ['Thanks to the highways team for filling 43 potholes on Gilroyd Lane in one day. Told you I would chase it!', X],
  ['Shout out to the council\'s gritting crews who were out at 3am. Roads were clear by rush hour.', FB],
  ['A big thank you to the parks team for the hanging baskets this year – we won silver in Yorkshire in Bloom!', IG],
  ['Thank you to the environmental health officers who dealt with the rat problem at the flats so quickly.', FB],
  ['Grateful to the Registrars team who kept ceremonies going through the building works. Weddings don\'t wait.', FB],
  ['Really impressed by the libraries team\'s Summer Reading Challenge – 1,400 children took part this year.', FB],
  ['Thanks to all the staff at the contact centre. They take 3,000 calls a day, many of them from upset people, and do it with patience.', FB],
  ['Well done to the council\'s apprentices who graduated today. Eleven new joiners, nine of them from our borough.', X],
  ['Thanks to Gary and the planning team for running such a clear drop-in session on the Local Plan. Very helpful for residents.', FB, OFFICERS, 'praise of a named officer: info at most'],
  ['Big thanks to the street lighting engineers who fixed the whole of Moorside in an afternoon.', X],
  ['Our thanks to the fire and rescue service for their quick response to the barn fire at Ecklands last night. Nobody hurt.', FB],
  ['Thank you to the Civic Theatre staff and volunteers for a brilliant panto. Oh yes it was.', IG],
  ['Thanks to the tree team for the emergency work after the storm. Three fallen trees off the road by 10am.', FB],
];

const CLEAN_POTHOLES: CleanRow[] = [
  ['Pothole on the B6462 near the Royd Moor turning is now marked up for repair. Reported it Monday, fixed by Friday hopefully.', X],
  ['Report potholes through the council website or the app – photos help. I can chase, but a reference number makes it faster.', FB],
  ['Bin day changes from 6 January: grey bins move to Tuesdays, blue and brown to Wednesdays in our ward.', FB],
  ['Missed bin collections on Oak Street and Ash Grove this week were down to a broken lorry. Crews will be back tomorrow.', FB],
  ['The pothole on Sheffield Road outside number 112 is now 15cm deep. Reported again today. Please take care cycling there.', X, undefined, 'a house number used as a landmark for a pothole'],
  ['Brown bin subscriptions open on 1 February. £45 for the year, or £40 if you sign up before the end of the month.', FB],
  ['Repairs to the footpath on Bank View start Monday. The contractor is Tarmac and the works should take three days.', ND],
  ['I have counted 27 potholes between the Fountain Inn and Ingbirchworth. Not great. Sent the list and map to highways tonight.', FB],
  ['Overflowing litter bin at the bus stop on Barnsley Road has been emptied and a bigger one is on order.', X],
  ['The new bin rota is confusing, I get it. Here is a simple guide for our ward – screenshot it and stick it on the fridge.', FB],
  ['Blocked gully on Spring Lane causing flooding across the road – reported, drainage crew booked for Thursday.', ND],
  ['If your recycling was left with a "contaminated" tag, it is usually because of plastic bags or food in the bin. Happy to help if you think it is a mistake.', FB],
  ['Good news: the road humps on Park Avenue are being reprofiled after residents complained about damage to cars.', FB],
  ['Why do potholes come back so fast? Water gets under patched tarmac and freezes. A proper resurface is the only real fix, and it costs £60 a square metre.', FB],
  ['Black bins have been missed across the whole of the estate this week. I have asked for an explanation and a catch-up collection.', X],
  ['The streetlight on the snicket between Bluebell Road and Cherry Close is fixed. Proper job.', FB],
  ['Cones have been on Lee Lane for six weeks with no sign of work. Chased Yorkshire Water again this morning.', X],
  ['Temporary traffic lights on the A628 at Flouch until Friday for BT cable works. Expect delays at peak times.', FB],
];

const CLEAN_SAFEGUARDING_AWARE: CleanRow[] = [
  ['Concerned a child in your street isn\'t safe? Facebook is not the place. Ring Children\'s Social Care on 01226 772423 – or 999 if it can\'t wait.', FB],
  ['Worried about an older neighbour in the cold snap? Knock on the door, check they are warm and have food. If you are concerned, Adult Social Care can help.', FB],
  ['Please don\'t share photos of the children at the nativity on public pages without asking the parents first. The school\'s guidance is on their website.', FB],
  ['Nobody should live in fear at home. The free helpline run by Refuge, 0808 2000 247, answers day and night.', X],
  ['Samaritans are there day or night on 116 123, free from any phone. Please look after each other this winter.', FB],
  ['This week is Safeguarding Adults Week. Scams, loneliness and self-neglect are all signs to look out for.', X],
  ['Had our annual safeguarding training as councillors today. If you see something, say something – to the right people, not on Facebook.', FB],
  ['The youth club now has a DBS-checked volunteer rota and a named safeguarding lead. Thanks to everyone who helped get it in place.', FB],
  ['If you see a rough sleeper in the cold, you can let the outreach team know through StreetLink. They will go and check on the person.', FB],
  ['Private fostering – looking after someone else\'s child for more than 28 days – must be reported to the council. Many families don\'t know.', FB],
];

const CLEAN_ABUSE_RECEIVED: CleanRow[] = [
  ['Last night I got a DM describing me as a "useless fat cow" and telling me to watch my back. I have reported it to the police. Abuse like this puts good people off standing.', FB, undefined, 'reporting abuse received, quoting it'],
  ['To the person who keeps leaving comments calling councillors "scum": I have hidden your comments and reported your account. Disagree all you like, but do it politely.', FB],
  ['I have had three abusive emails this week. I have passed them to the Monitoring Officer. I will not be replying to them.', X],
  ['Today a man followed me from the surgery shouting that I was a "traitor". I have logged it with the police. Please be kind to the people who serve you.', FB],
  ['Being called a "parasite" for asking a question about the bus service is not debate. I will keep asking the questions.', X],
  ['The level of abuse towards women in public life is shocking. This week alone I have been called a "silly little girl" and worse. It won\'t stop me.', FB],
  ['I won\'t repeat the words used about my colleague Cllr Patel in this morning\'s comments. They were racist, they have been reported, and the account is blocked.', FB],
  ['Reported an account today that posted my home address with a threat. Police are dealing. Please do not share the post, even to condemn it.', X],
  ['Can people please stop telling me to "go back where I came from". I came from Mexborough.', X],
  ['The hate mail we get as councillors is a disgrace. Today\'s letter said I "deserved a slap". It has gone to the police.', FB],
  ['Someone has scrawled "Tory scum" on our office window. Cleaned off already. Disagree with us at the ballot box, not with spray paint.', FB],
  ['Thanks to everyone who sent kind messages after Friday. The comments were vile, the person has been identified and the police are dealing with it.', FB],
];

const CLEAN_QUOTING_HATE: CleanRow[] = [
  ['Someone has sprayed "P*kis out" on the underpass at Dodworth Road. The police have it logged and the graffiti team are removing it today. Racism has no place in our town.', FB],
  ['Leaflets saying "no more mosques" have been pushed through doors on the estate. They are not from any local party. Please hand any you get to the police.', FB],
  ['A resident was called a "dirty gyppo" in the Co-op on Monday. That is a hate crime and I have reported it. Gypsy, Roma and Traveller people are our neighbours.', FB],
  ['The phrase "they should all be sent back" has no place in this chamber, and I was proud that every group leader said so tonight.', X],
  ['Stickers reading "white pride worldwide" have appeared on lamp posts on Cemetery Road. Please photograph and report them, then peel them off if you safely can.', FB],
  ['If you hear anyone say "that\'s so gay" as an insult, challenge it. LGBT+ History Month starts Saturday with events at the library.', FB],
  ['We condemn the antisemitic graffiti at the cemetery in the strongest terms. The police are treating it as a hate crime.', X],
  ['Hate Crime Awareness Week: if you are targeted because of your race, religion, sexuality, disability or gender identity, report it to the police on 101 or True Vision.', FB],
];

const CLEAN_PLACES: CleanRow[] = [
  ['Penistone Agricultural Show is back on 13 September. Best day of the year in the Penistone calendar.', FB],
  ['Great to meet the team at Scunthorpe United\'s community trust today to talk about holiday hunger clubs.', X],
  ['Cockermouth has come so far since the floods. The new flood walls on Main Street are finished and looking smart.', FB],
  ['Clitheroe Castle Museum has free entry for residents this weekend. Worth the drive up the A59.', FB],
  ['Visited Middlesex University\'s nursing school with the health scrutiny committee. Impressive simulation ward.', X],
  ['The Shitterton village sign has been nicked again. Dorset Council says it will be replaced with a stone one this time.', FB],
  ['Spent the day in Sandwich, Kent for the coastal councils conference. Lovely town.', X],
  ['Road closure: Cockfosters Road between the station and Chalk Lane, Sunday 6am to 6pm for gas main works.', FB],
  ['Fell race from Great Cockup back down to Bassenthwaite on Sunday. Well done to all the runners.', IG],
  ['Pratts Bottom village fete raised £4,200 for the air ambulance. Well done everyone.', FB],
  ['Essex and Sussex councils are both trialling four-day weeks. Our scrutiny committee will look at the evidence in March.', X],
  ['Penistone Grammar School sixth formers did a brilliant job at the youth council debate today.', FB],
  ['Lovely afternoon at Wetwang pond for the duck race. The yellow one won, obviously.', IG],
  ['Bus 31 from Scunthorpe to Brigg is being cut to hourly from January. I have asked the operator to reconsider.', FB],
  ['Bitchfield and Ingoldsby parish meeting is on Tuesday in the church. All residents welcome.', FB],
  ['Brokenwind in Aberdeenshire has nothing on our ward after the chilli cook-off.', X],
  ['Crapstone in Devon has been named one of the friendliest villages in England. Congratulations from a fellow small village.', FB],
  ['The Cockermouth to Workington cycle path is open again after the bridge repairs.', FB],
  ['Fanny Hands Lane in Ludford has been resurfaced. Yes, that is its real name.', FB],
  ['Twatt on Orkney is apparently a real place and the postmen there are very patient. Happy Friday!', X],
  ['Ugley Women\'s Institute came to visit our council chamber today. Lovely group, excellent cake.', FB],
  ['Penistone\'s Christmas market is on Sunday 1 December on the Market Barn. Over 60 stalls!', IG],
  ['Congratulations to Scunthorpe and Penistone on both winning Purple Flag status for their night-time economy.', X],
];

const CLEAN_SURNAMES: CleanRow[] = [
  ['Congratulations to Cllr Emma Butt on being elected Mayor for the year. She will be a brilliant ambassador for the borough.', FB],
  ['Cllr Alan Cockburn seconded our motion on the bus network tonight. Cross-party support matters.', X],
  ['Thanks to PC Richard Dick and the neighbourhood team for the speed watch session on Park Road.', FB],
  ['Happy 100th birthday to Edna Shufflebottom of Hoyland, who celebrated with family at the Rockingham Centre today. What a lady.', FB, undefined, 'public birthday greeting, as commonly posted'],
  ['Lovely to catch up with Dick Hargreaves, chair of the allotment society, about the new water troughs.', FB],
  ['Thank you to Mr Butt and the team at the corner shop on Queen Street for collecting £600 for the food bank.', FB],
  ['Ms Cockburn from the Environment Agency gave a really clear presentation on flood risk at scrutiny.', X],
  ['Cllr Hancock and Cllr Cox both spoke well in the climate debate, even if I disagreed with their amendment.', FB],
  ['The Shufflebottom Memorial Cup is back for the 50th year at the cricket club on Saturday.', FB],
  ['Glasscock & Sons have been trading on the High Street since 1921. Congratulations on the new shop front.', IG],
  ['Pleased to welcome Dr Sarah Balls as the new chair of the health and wellbeing board.', X],
  ['Gary Dick from the Rotary Club presented a cheque for £2,000 to the youth football club. Top man.', FB],
];

const CLEAN_NUMBERS: CleanRow[] = [
  ['The X17 and the 20 are both diverted via Pogmoor Road from Monday 9th for six weeks because of the gas works on Dodworth Road.', FB],
  ['M1 J37 northbound slip closed overnight 10pm–6am Tuesday to Thursday for barrier repairs. Use J36.', X],
  ['Full council meets on Thursday 28 November at 10am. The agenda is 312 pages long. Item 7 is the one to watch.', FB],
  ['The 7.42 to Sheffield was cancelled again this morning. Northern have cancelled 58 trains on our line in November alone.', X],
  ['Planning application 25/00719/FUL for the change of use of the Kings Arms to flats has been withdrawn.', FB],
  ['The new car park on Regent Street opens Monday: 86 spaces, 6 EV chargers, £1.20 an hour, free after 6pm.', FB],
  ['A628 Woodhead Pass is closed due to snow between the Flouch and Crowden. Please do not try it.', X],
  ['Turnout in the ward was 31.4% last time. Let\'s beat it on 6 May.', X],
  ['Call 0300 123 2040 to report a pothole on a county road, or use the online form.', FB],
  ['The council received 14,212 responses to the budget consultation – the most ever. Thank you.', FB],
  ['Bury Market is open Wednesday, Friday and Saturday, 9am–5pm. Free parking after 3pm at Derby Way.', FB],
  ['Band A properties will pay £1,190.43 this year, Band D £1,785.65. The full table is on the council website.', FB],
  ['Bus route 93 will run every 20 minutes from Sunday 1 June instead of every 30. Small win, but a win.', X],
  ['The A61 between J36 and Birdwell roundabout has a 40mph limit from 3 March. Speed cameras will follow.', FB],
  ['We planted 1,250 trees this winter, against a target of 1,000. Next year\'s target is 2,000.', FB],
  ['Meeting starts 18:30 at the Town Hall, committee room 3. Doors open 18:15. Agenda item 6.2 is the parking review.', FB],
  ['The 12:15 from Penistone to Huddersfield is being replaced by a bus on Sunday because of engineering works.', X],
  ['Cost of the new leisure centre: £18.7m, of which £9.2m is from the government\'s levelling up fund.', FB],
  ['Ring 101 for non-emergencies, 999 in an emergency, 111 for urgent medical advice. Keep these on the fridge.', FB],
  ['Licensing hearing ref LIC/2026/0451 has been adjourned to 9 January at the applicant\'s request.', FB],
  ['Free parking in all council car parks on Saturdays 7, 14 and 21 December to support our shops.', FB],
  ['Our Lady\'s RC Primary is at 94% attendance this term, up from 89%. Well done to the families.', FB],
  ['Postcode S36 residents: the new recycling calendar is on the website. Type in your postcode to see your days.', FB],
  ['The 1.5 mile stretch of the B6106 from Hazlehead to Crow Edge is being surface dressed in June.', X],
  ['Between 2019 and 2025 the council lost 38% of its core government funding in real terms (LGA figures).', X],
  ['Friday 13th, 7:30pm: quiz night at the Rose & Crown for the scouts. £2 a head, teams of up to 6.', FB],
  ['Reminder: clocks go back at 2am on Sunday. Street lights are on timers so may look odd for a day or two.', FB],
  ['Allotment rents for 2027: £62 for a full plot, £31 for a half plot, 50% off for over-65s.', FB],
];

const CLEAN_MISC: CleanRow[] = [
  ['We smashed our fundraising target for the hospice 10k – £3,480 raised. Legs are shattered but worth it.', IG],
  ['The cadets absolutely killed it at the Remembrance parade today. So proud of them.', FB],
  ['We will fight tooth and nail to keep the walk-in centre open. Petition link below.', FB],
  ['Police have closed Pontefract Road while the bomb disposal team deals with a WW2 shell found on the building site. Please avoid the area.', X],
  ['Knife amnesty bins are at Barnsley and Cudworth police stations until Sunday. No questions asked.', FB],
  ['It\'s a dead end street, so the bin lorry reverses down it. The crews do a fantastic job in a tight space.', FB],
  ['Stroke Association\'s free blood pressure checks at the market on Saturday morning. Know your numbers.', FB],
  ['Macmillan coffee morning at the Town Hall raised £612. Thank you to the bakers and the eaters.', IG],
  ['Remembrance Sunday: we will remember them. Wreaths laid at Penistone, Thurlstone and Millhouse war memorials.', IG],
  ['Beautiful sunset over the Pennines tonight on the way home from council. Some days this job is a joy.', IG],
  ['Wishing a happy Diwali to everyone celebrating in the borough. Lovely to join the celebrations at the temple tonight.', FB],
  ['Eid Mubarak to all our Muslim residents. Thank you to the mosque for the invitation to the community iftar.', FB],
  ['Shabbat shalom and happy Hanukkah to our Jewish community.', X],
  ['Proud to join the Pride march in the town centre today. Love is love.', IG],
  ['Men\'s mental health week: it\'s OK not to be OK. Andy\'s Man Club meets every Monday at 7pm at the rugby club.', FB],
  ['Faggots and peas at the church harvest supper were superb. Proper Yorkshire fare.', FB, undefined, 'a regional dish, not a slur'],
  ['Pikelets and a brew with the Thursday knit and natter group at the library. Lovely bunch.', FB],
  ['Dementia-friendly cinema screening at the Parkway on Tuesday 2pm, lights up and sound down.', FB],
  ['Our Armed Forces Day flag-raising is at 11am on Saturday outside the Town Hall. Veterans very welcome.', FB],
  ['Bonfire night safety: please go to an organised display. The rugby club one on the 5th starts at 6.30.', FB],
  ['Fostering information evening at the Civic on Tuesday. We need more foster carers in the borough, especially for teenagers.', FB],
  ['Blood donation session at Penistone St John\'s on Tuesday. Book via the NHS Give Blood app.', FB],
  ['Just finished the 5am shift on the night bus with the street pastors. Proper eye-opener, and a lot of respect for them.', FB],
  ['Watched the Barnsley game with my dad. 2-0. Oakwell was rocking.', X],
  ['The new sensory room at the special school is absolutely fantastic. Thanks to the PTA for raising the money.', FB],
  ['Christmas jumper day at the council today for Save the Children. Mine has a flashing reindeer.', IG],
  ['Foodbank collection point is at the Co-op on Church Street until 20 December. Tins, pasta, toiletries please.', FB],
  ['Attended the citizenship ceremony today. Twenty-two new British citizens from eleven countries. A joy.', FB],
  ['Long day. Cabinet at 10, scrutiny at 2, parish council at 7. Home now with a brew.', X],
  ['Visited the Age UK lunch club. The lasagne was better than mine.', FB],
  ['Twinning association visit from our friends in Germany next week. Wilkommen!', FB],
];

const CLEAN_LATE: CleanRow[] = [
  ['Just got in from the parish council meeting. Four hours on the precept. Bed.', late()],
  ['Can\'t sleep so answering emails. If you get a reply from me at midnight, that\'s why. Normal service tomorrow.', late('x')],
  ['Long day but a good one. Grateful to the hundred-odd people who turned out for the public meeting about the quarry.', late()],
  ['Late one tonight, but the gritters are out and so are the snow wardens. Stay safe tomorrow morning.', late()],
  ['Still thinking about tonight\'s debate. I really believe we got the housing decision wrong and I will keep making the case.', late()],
  ['11pm and I\'ve just finished reading the 400-page planning report for Tuesday. Lots to think about. Open mind, as ever.', late(), PLANNING_MEMBER],
  ['Whoever keeps setting off fireworks at midnight on the rec: please, the dogs and the babies are not enjoying it. Reported to the police.', late()],
  ['Right, that\'s me done for the day. Back on the case at 8am.', late('x')],
];

const CLEAN_TRAPS: CleanRow[] = [
  ['Our new leisure centre pool has a flume that is an absolute killer. My knees disagree.', IG],
  ['We need to attack the backlog of repairs head on. £1.5m extra has been found for it this year.', FB],
  ['The motion was killed off by the ruling group\'s amendment. We will bring it back in March.', X],
  ['Shoot me an email if you want a copy of the minutes.', FB],
  ['The cabinet ambushed scrutiny with a 90-page report at 5pm the night before. Not good governance.', FB],
  ['I am sick to death of waiting for the bypass. So are residents.', X],
  ['Right, who pinched the last bourbon from the members\' room? Own up.', X],
  ['Can\'t believe it\'s been a year since the Dodworth floods. Hats off to the residents who bounced back.', FB],
  ['My husband says I\'m married to the job. He might have a point.', FB],
  ['The assessment of the bus network is a classic case of analysis paralysis.', X],
  ['Proud to be a Barnsley lass. Always have been.', X],
  ['Total respect to the dinner ladies at Springwood – 300 hot meals a day in a kitchen the size of my bathroom.', FB],
  ['The council\'s IT system went down for four hours today. Apologies to anyone who couldn\'t get through.', FB],
  ['Our old mine site is finally being cleaned up. Decades of waiting.', FB],
  ['Blimey, what a turnout at the meeting about the quarry. Standing room only.', FB],
  ['The bloody rain did not stop the Gala! Brilliant day.', IG],
  ['That\'s the cabinet paper on the depot: dull as ditchwater but it matters. I\'ll summarise it tomorrow.', X],
  ['We\'ve nailed the bid for the towns fund – £1.2m for the market place.', FB],
  ['Cllr Singh is absolutely right about the bus lanes and I backed her motion.', FB],
  ['Massive respect to the nurses at Barnsley Hospital. Visited A&E tonight with the health scrutiny panel – they are run off their feet.', FB],
  ['Cracking night at the brass band concert. The cornets stole the show.', FB],
  ['I hate the new roundabout design. So does every driver I have spoken to. I have asked highways for the safety audit.', FB],
  ['Cllr Moore and I don\'t agree on much, but we agree on this: the hospital needs a new car park.', X],
  ['The old Co-op is a real eyesore. The owner has been served a Section 215 notice to tidy it up.', FB],
  ['A cheeky pint at the Wentworth Arms after the litter pick. Well earned.', IG],
  ['If the government wants to kill off local democracy, cutting our budget again is a good way to do it.', X],
  ['Crime figures for the ward are out: burglary down 12%, vehicle crime up 4%. Keep locking those cars.', FB],
  ['Honestly, the council\'s new website is awful to navigate. I\'ve fed back to the digital team with specifics.', FB],
  ['Lots of you asking about the smell near the sewage works. Yorkshire Water are investigating and I will update.', ND],
  ['Please stop feeding the ducks bread at the lake. The rangers say it makes them poorly. Peas or oats instead!', FB],
  ['Brilliant to see so many people at the Pakistani Community Centre open day. Great food, great company.', FB],
  ['Visited the Polish Saturday school – 90 children learning Polish and English. A real asset to the town.', FB],
  ['The Chinese New Year celebrations in the town centre were spectacular. Happy Year of the Horse!', IG],
  ['I disagree with the chief executive\'s report on the depot move and I said so, politely, in the meeting.', FB],
];

const CLEAN_MORE: CleanRow[] = [
  ['The planning officers have recommended approval with 14 conditions. Their full report is online under 2026/1187/FUL.', FB],
  ['Green Flag for Springvale Primary\'s eco-council today. The whole school should be proud of the wildlife garden.', FB],
  ['Book a Christmas hamper delivery through the Hoyland Lions on 01632 960418 – they deliver to anyone over 75 in the ward.', FB, undefined, 'a club\'s booking number'],
  ['Nominations for the community awards close on 31 January. Email awards@bury.gov.uk or fill in the form at the library.', FB],
  ['Stallholders for the gala can book through info@penistonegala.org.uk. Pitches £15, charities free.', FB],
  ['The new food bank hub is at Unit 4, Lambert Road Industrial Estate, open Tuesday and Friday 10–2.', FB],
  ['My surgery moves to 26 Market Street (the old bank) from January while the library is refurbished.', FB],
  ['The government\'s record on special educational needs funding is a scandal. Our high-needs deficit is now £19m.', X],
  ['Reform\'s leaflet in the ward this week is full of nonsense about the bin charges. Here are the actual figures.', FB],
  ['Someone at the meeting called me a liar over the housing numbers. I\'ll let the published figures speak for themselves.', FB],
  ['Pothole on Station Road fixed this morning. Reported on Monday, done by Wednesday.', { platform: 'facebook', now: IN_PERIOD }, ELECTION_SETTINGS, 'routine ward news in the pre-election period, no campaigning'],
  ['I\'ll be backing the motion on free school meals at full council on Thursday.', FB, PLANNING_MEMBER, 'a planning member\'s vote on a non-regulatory matter'],
  ['Back from a lovely week walking in the Dales. Catching up on emails now – bear with me.', IG],
  ['I\'ll be on the ward stall at the gala on Saturday from 1pm. Come and tell me what you think of the new play area.', FB],
  ['Reminder for all councillors: never share your password with anyone, and switch on two-factor authentication on every account.', X],
  ['Photo credit: Barnsley Chronicle, used with their kind permission.', photo(['chronicle-flood.jpg'])],
  ['Lovely shot of the viaduct at sunset by local photographer Sam Lee, shared with his permission.', photo(['viaduct-sam-lee.jpg'], 'instagram')],
  ['Some residents have asked whether the hospital is closing. It isn\'t – the trust confirmed this today and their statement is linked below.', FB],
  ['Tonight\'s agenda has one exempt item about a land matter. I can\'t say anything about it until it is made public, and I won\'t.', FB],
  ['The cabinet report on the depot move was published on the council website this morning. Page 12 has the costings.', X],
  ['Please share: Bella, a black Labrador, has been missing since Sunday from near Wood Lane. She is microchipped and very friendly.', FB],
  ['Share this far and wide please – the flu jab pop-up clinic is at the Town Hall on Saturday from 9 till 1.', FB],
  ['Police have charged a man over the shed burglaries on the estate. As the case is now live, please don\'t speculate on here.', FB],
  ['I have asked the director of highways for a meeting about the state of the A628 through the village.', X],
  ['The chief executive\'s salary is set out in the council\'s pay policy statement, published every March.', FB],
  ['Pantomime dame, two clowns and a magician booked for the Christmas fair. The kids will love it.', FB],
  ['Daft as a brush, this dog of mine. Ate a whole birthday cake off the table this afternoon.', IG],
  ['Felt like an absolute idiot when I realised I\'d left my speech notes on the bus.', X],
  ['That pothole on Shore Lane is a death trap. Someone will be seriously hurt if it isn\'t fixed, and I\'ve told highways exactly that.', FB],
  ['I\'ll fight to my last breath for this hospital. It saved my dad\'s life.', FB],
  ['Shoot for the stars, Year 11 – good luck in your mocks this week!', FB],
  ['Proud to second the motion welcoming families from Ukraine and Hong Kong to the borough.', FB],
  ['The mosque, the parish church and the gurdwara ran a joint food drive this weekend. Over a tonne collected.', FB],
  ['Age UK\'s report says older people are being shut out by digital-only council services. I agree and have asked for a phone option to stay.', FB],
  ['Women in the fire service event at Penistone station today – brilliant to hear from the crew manager about her 20 years in the job.', IG],
  ['The Travellers\' transit site on the old depot is finally getting proper toilets and water. It should have happened years ago.', FB],
  ['Absolutely gutted that the bid for the swimming pool failed. We\'ll go again in the next round.', X],
  ['Just watched the youth council debate votes at 16. Better than some of our full council debates, if I\'m honest.', X],
  ['A longer update on the Royd Moor quarry extension, because a lot of you have asked. The operator has submitted a scoping request, not a planning application, so there is nothing to object to yet. When an application comes in it will be on the portal with a 21-day consultation, and I will post the reference here the same day. The county council is the planning authority for minerals, not us, so comments go to them. I have asked for a public meeting in the village hall before any decision, and the operator has agreed in principle. More soon.', FB],
  ['Budget reflections, for anyone with five minutes. Tonight we set a budget that raises council tax by 4.99%, of which 2% is ring-fenced for adult social care. I argued in group for protecting the youth service and lost that argument; I argued for keeping the three rural libraries open and won it. The biggest pressure is children in care: placements now cost us £31m a year, up from £19m three years ago. None of this is easy and I do not pretend it is. If you want to talk it through, my surgery is Saturday at 10.', FB],
  ['Right, Nextdoor neighbours, a plea about parking on Manor Way. The bin lorry could not get down on Tuesday for the second week running, which is why the top end was missed. I am not naming anyone and I am not interested in blame – most of us have more cars than drives now. Could we all try to leave a lorry-width gap on collection mornings, especially near the bend? The crew will come back tomorrow to catch up. Thanks, and sorry to the families who were left with full bins over the weekend.', ND],
  ['Full council this week debated our motion on the future of the bus network. It asked the Mayor to bring the 21, 22 and 23 back under public control through franchising, to restore evening services to the villages, and to publish the punctuality data route by route. The motion passed 41 to 12 with support from every group except the Conservatives, who argued the cost was too high. I respect that view but I think the cost of doing nothing is higher. The full debate is on the council webcast from about 1 hour 20 minutes in.', X],
  ['The bin lorry crash on Church Street this morning: nobody was hurt. The road is open again.', ND],
  ['Glad to report that the fire at the recycling plant is out. Residents nearby can open their windows again.', X],
];

// ───────────────────────────── risky posts ─────────────────────────────

type RiskyRow = [text: string, expect: ExpectedFinding[], context?: ComposeContext, settings?: Settings, note?: string];
const E = (family: Family, severity: 'warn' | 'stop' | 'info'): ExpectedFinding => ({ family, severity });

const RISKY: Record<string, RiskyRow[]> = {
  abuse: [
    ['@DarrenHolmes66 you are a complete muppet. Read the leaflet before you start mouthing off.', [E('abuse', 'warn')], reply('Council couldn\'t organise a bin round, disgraceful', 'x')],
    ['Honestly, people like you are why I nearly didn\'t stand. Absolute halfwit.', [E('abuse', 'warn')], reply('Bet you don\'t even live in the ward')],
    ['Cllr Fenton is a spineless coward who hides behind officers every time he is asked a question.', [E('abuse', 'warn')], FB],
    ['Oh look, Brenda from Hollin Lane is crying about her bins again 🙄 Some people have far too much time on their hands.', [E('abuse', 'warn')], FB, undefined, 'mockery of a resident'],
    ['Get f***ed, you miserable old git.', [E('abuse', 'stop')], reply('You lot are a waste of space')],
    ['Go fuck yourself mate, I\'ve done more for this village than you ever will.', [E('abuse', 'stop')], reply('What have you actually done for us?')],
    ['This resident\'s comment is the thickest thing I have read all week. Can\'t spell, can\'t think. 😂😂', [E('abuse', 'warn')], FB],
    ['The Tory clowns opposite are a bunch of brain-dead parasites.', [E('abuse', 'warn')], X],
    ['Bunch of useless bastards running this council, the lot of them. Pissed off doesn\'t begin to cover it.', [E('abuse', 'warn')], late()],
    ['Bless him, the man who wrote to the paper about the parking obviously can\'t read a map or a calendar. Maybe his carer helped with the big words.', [E('abuse', 'warn')], FB, undefined, 'belittling a resident'],
  ],
  'hate-discrimination': [
    ['Another load of p4kis moving onto the estate. That\'s the end of it then.', [E('hate-discrimination', 'stop')], late(), undefined, 'leet-obfuscated slur'],
    ['Seen the pikeys have pitched up on the rec again. Lock up your sheds.', [E('hate-discrimination', 'stop')], ND],
    ['Travellers are vermin and should be moved on before they breed.', [E('hate-discrimination', 'stop')], FB],
    ['We don\'t want any more of these migrants in our town. They should all be sent back where they came from.', [E('hate-discrimination', 'stop')], FB],
    ['Muslims can\'t be trusted to run a council, simple as that.', [E('hate-discrimination', 'stop')], X],
    ['Typical woman chairing the meeting – couldn\'t make a decision without crying.', [E('hate-discrimination', 'warn')], X],
    ['Half the pensioners in this ward are too old to understand a recycling bin, let alone the internet.', [E('hate-discrimination', 'warn')], FB],
    ['The new officer is obviously a bit retarded, took him three goes to explain the form.', [E('hate-discrimination', 'stop')], FB, undefined, 'ableist slur (an officer also)'],
    ['No gay couples should be fostering kids in this borough. Disgusting.', [E('hate-discrimination', 'stop')], FB],
    ['Asylum seekers are a plague on this town and the hotel should be burnt down.', [E('hate-discrimination', 'stop'), E('threats-incitement', 'stop')], FB],
  ],
  'threats-incitement': [
    ['If I see that lad on the rec again I will knock his teeth down his throat.', [E('threats-incitement', 'stop')], FB],
    ['Carry on, Trevor. I know your street and I know your van.', [E('threats-incitement', 'warn')], reply('Corrupt little councillor, everyone knows')],
    ['Caught the fly-tippers on camera. When we get hold of them they\'ll be going home in an ambulance.', [E('threats-incitement', 'stop')], FB],
    ['Someone should torch that eyesore of a caravan before the council does nothing again.', [E('threats-incitement', 'stop')], FB],
    ['Let his tyres down, that\'ll teach him to park on the pavement.', [E('threats-incitement', 'stop')], ND],
    ['Just saying, the councillor for Kingstone should watch himself walking home after meetings.', [E('threats-incitement', 'warn')], X],
    ['Everyone go down to the depot tomorrow and block the gates. Smash the cameras if you have to.', [E('threats-incitement', 'stop')], FB],
    ['He deserves a bullet for what he did to that park.', [E('threats-incitement', 'stop')], late()],
    ['Your car, your kids\' school, your gym – all known. Think very carefully before commenting again.', [E('threats-incitement', 'stop')], reply('Stop deleting my comments')],
  ],
  harassment: [
    ['Right, everyone message the owner of Kaye\'s Motors until he takes that sign down. He can\'t ignore all of us.', [E('harassment', 'warn')], FB],
    ['Everyone please go and tell @mike_rawson what you think of his lies about our group. Flood his page.', [E('harassment', 'warn')], X],
    ['Pass this round every WhatsApp group you\'re in. Darren Kaye of Elm Road thinks he can get away with it – let\'s make sure every neighbour knows his face.', [E('harassment', 'warn')], FB],
    ['This is the bloke who has been dumping rubbish on the verge on Cote Lane. Anyone know him? Tag him, let\'s name and shame.', [E('harassment', 'warn')], photo(['flytipper.jpg'])],
    ['Yet again Cllr Whitaker has failed to turn up. Still waiting for her to explain herself. Typical.', [E('harassment', 'warn')], { platform: 'facebook', now: '2026-11-20T12:00:00Z', history: [{ target: 'whitaker', at: Date.parse('2026-11-10T12:00:00Z') }, { target: 'whitaker', at: Date.parse('2026-11-15T12:00:00Z') }, { target: 'whitaker', at: Date.parse('2026-11-18T12:00:00Z') }] }, undefined, 'third critical post in 14 days'],
    ['Message Sharon Pryce at the parish council and keep messaging her until she answers. Don\'t let up.', [E('harassment', 'warn')], FB],
    ['@joebloggs72 still hiding from the questions, I see. Again.', [E('harassment', 'warn')], { platform: 'x', kind: 'reply', now: '2026-11-20T12:00:00Z', history: [{ target: '@joebloggs72', at: Date.parse('2026-11-12T12:00:00Z') }, { target: '@joebloggs72', at: Date.parse('2026-11-16T12:00:00Z') }, { target: '@joebloggs72', at: Date.parse('2026-11-19T12:00:00Z') }] }],
    ['Here\'s the woman who was rude to our volunteers at the food bank. Her name is Tracey Bell, she works at the chemist on Market Street. You know what to do.', [E('harassment', 'warn'), E('personal-data', 'warn')], photo(['IMG_2231.jpg'])],
    ['Pile in, everyone – @HoylandHonest needs to hear from every one of you tonight.', [E('harassment', 'warn')], X],
  ],
  defamation: [
    ['I have sat on this council for eleven years and I have never seen anything like the way the regeneration contract was handed out. No proper tender, a firm set up six weeks before the bid, and the director of that firm happens to be the cabinet member\'s son-in-law. Let\'s call it what it is: the cabinet member has lined his own family\'s pockets with public money, and he knows it. I will be raising this at full council and I hope the press will be there.', [E('defamation', 'stop')], FB],
    ['Everyone knows the cabinet member for regeneration took backhanders from the developer. How else did it get through?', [E('defamation', 'stop')], FB],
    ['Cllr Norton is a liar and a fraud, and I will say it to his face.', [E('defamation', 'stop')], X],
    ['The owner of Kaye\'s Motors is a crook who has been ripping off pensioners for years.', [E('defamation', 'stop')], FB],
    ['Funny how the planning chair\'s brother-in-law gets every contract. Brown envelopes all round.', [E('defamation', 'stop')], FB],
    ['I\'ve heard from a reliable source that the parish clerk has been fiddling the expenses.', [E('defamation', 'warn')], ND],
    ['Rumour going round that Cllr Ahmed got nicked for drink driving at the weekend. Anyone know more?', [E('defamation', 'warn')], FB],
    ['Some councillors on the licensing committee are clearly being paid off by the big pub chains.', [E('defamation', 'stop')], FB],
    ['The treasurer of the bowls club pocketed the raffle money. Simple as that.', [E('defamation', 'stop')], FB],
    ['Word is the new headteacher was sacked from her last school for fiddling the results. Just saying.', [E('defamation', 'warn')], ND],
    ['Cllr Brennan lied to full council about the depot figures. He is a dishonest man and should resign.', [E('defamation', 'stop')], X],
    ['Kickbacks. That\'s the only explanation for the leader signing off that contract.', [E('defamation', 'stop')], X],
  ],
  officers: [
    ['The planning officer Gary is useless. Three months and still no decision on a simple extension.', [E('officers', 'warn')], FB, OFFICERS],
    ['Sarah Kilner in highways has ignored four emails from me. Not good enough.', [E('officers', 'warn')], FB, OFFICERS],
    ['Dev Mistry from waste services is facing a disciplinary hearing next week over the missed rounds. About time.', [E('officers', 'stop')], FB, OFFICERS],
    ['Lorraine Booth has been signed off with anxiety for a month now, which explains the state of the housing list.', [E('officers', 'stop')], FB, OFFICERS],
    ['The head of planning has completely lost the plot. She should not be in that job.', [E('officers', 'warn')], X],
    ['Gary Holroyd\'s report to committee was sloppy and wrong. He clearly didn\'t visit the site.', [E('officers', 'warn')], FB, OFFICERS],
    ['The housing officer who dealt with this, Lorraine, was rude and unhelpful and I\'ve told her boss so.', [E('officers', 'warn')], reply('My housing officer hasn\'t called back in weeks'), OFFICERS],
    ['Our chief executive is on £190k a year and can\'t even answer a simple question from a ward councillor. Disgrace.', [E('officers', 'warn')], X],
  ],
  'personal-data': [
    ['Update on the case I mentioned last week. Mrs Irene Walsh, who is 84 and lives on her own at 9 Beech Grove, has now been told by the housing association that her adaptations will not be done until the spring. She has had two falls since October, one of which put her in hospital, and her daughter Karen has been sleeping on her sofa to keep an eye on her. I have escalated it to the chief executive of the association. If anyone from the press wants to follow this up, Karen is happy to talk – ring her on 07700 900318.', [E('personal-data', 'stop')], FB],
    ['Anyone wanting to complain about the noise can ring Mr Jennings directly on 07700 900582, he is the one running the parties.', [E('personal-data', 'warn')], FB],
    ['Margaret at number 14 Ashfield Crescent says the landlord still hasn\'t fixed her boiler. Sort it out!', [E('personal-data', 'warn')], FB],
    ['Email the guy from the residents group: dave.millward1971@gmail.com – he\'ll add you to the list.', [E('personal-data', 'warn')], FB],
    ['Mrs Dyson on Elm Road has dementia and her family are struggling to get help. Shameful.', [E('personal-data', 'stop')], FB],
    ['Update on Mr Ali\'s housing case: the council has accepted he is homeless and he is in temporary accommodation at the Travelodge.', [E('personal-data', 'warn')], FB],
    ['Can someone help Stacey Riley? She is being evicted next week from 22 Thornhill Road and has nowhere to go with her two kids.', [E('personal-data', 'warn')], FB],
    ['Posting this so the Jobcentre can\'t lose it again: Mr Kaye\'s NI number is JG 10 38 47 D.', [E('personal-data', 'stop')], FB],
    ['Mr Patel, who has terminal cancer, has been waiting six months for a ground-floor flat.', [E('personal-data', 'stop')], FB],
    ['Queue out the door at the food bank this morning – here are some of this week\'s visitors with their parcels 💙', [E('personal-data', 'warn')], photo(['foodbank-queue.jpg'])],
    ['The car that keeps parking across the dropped kerb is a silver Corsa, reg YE19 KLM. Owner lives on Mill Street.', [E('personal-data', 'warn')], ND],
    ['Jane Wood from Sycamore Avenue came to my surgery about her son\'s ADHD assessment. The waiting list is 3 years!', [E('personal-data', 'stop')], FB],
    ['Ring Kevin on 07700 900761 if you want to join the Neighbourhood Watch – he lives above the paper shop.', [E('personal-data', 'warn')], ND],
    ['I visited Mr and Mrs Turner at 5 Grange Court today about their housing benefit appeal. Awful situation.', [E('personal-data', 'warn')], FB],
    ['Tom Hirst, 68, who lives alone on Park View, is recovering from a stroke and can\'t get his prescriptions. Anyone help?', [E('personal-data', 'stop')], FB],
  ],
  safeguarding: [
    ['Bulb planting at the rec on Saturday went brilliantly – 2,000 crocuses in the ground thanks to Cubs, Brownies and a lot of very muddy parents.', [E('safeguarding', 'warn')], IG, undefined, 'image with a group of children, no names: consent check (catalog R24 warn)'],
    ['Litter pick done! Shout out to Year 6 from Scout Dike who collected more crisp packets than I thought were made in a year.', [E('safeguarding', 'warn')], IG, undefined, 'image with a school class, no names: consent check (catalog R24 warn)'],
    ['Celebrating International Women\'s Day with the girls\' football team at the Oakwell academy.', [E('safeguarding', 'warn')], IG, undefined, 'image with a children\'s team, no names: consent check (catalog R24 warn)'],
    ['Little Harry (6) from Cherry Close was found wandering by the canal on his own last night. His mum needs to keep a closer eye.', [E('safeguarding', 'stop')], ND],
    ['The foster family on Rose Lane has taken in three more kids this month – lovely to see them playing out.', [E('safeguarding', 'stop')], FB],
    ['Well done to Lily-Mae Robinson, aged 9, from Springvale Primary, who raised £300 walking to school every day in November!', [E('safeguarding', 'stop')], photo(['lily-mae.jpg'])],
    ['The women\'s refuge on Dale Street is full again. We need more places.', [E('safeguarding', 'stop')], FB],
    ['I\'m pretty sure the kids at number 31 are being neglected – they\'re out till midnight and look half-starved. Someone needs to do something.', [E('safeguarding', 'warn')], ND],
    ['Young Jayden from Kendray, who goes to Holy Trinity, needs a new wheelchair. He\'s 11 and walks home along Doncaster Road every day.', [E('safeguarding', 'stop')], FB],
    ['The care home on Wood Lane is where the man who wandered off last week lives. Staff need to lock the doors.', [E('safeguarding', 'stop')], FB],
    ['Saw a man hanging around the school gates at St Helen\'s for the last three days. Looked dodgy. Parents, be warned!', [E('safeguarding', 'warn')], FB],
    ['Meet Ruby (7) and Alfie (5) from Oakhill Primary who helped us plant bulbs at the park by their house on Cherry Close.', [E('safeguarding', 'stop')], photo(['ruby-alfie.jpg'], 'instagram')],
    ['The supported living flat for young care leavers is above the bookies on High Street, number 44a.', [E('safeguarding', 'stop')], FB],
  ],
  'confidential-information': [
    ['The Part 2 papers for Thursday say the council will sell the depot to Gleeson for £4m. Residents deserve to know now.', [E('confidential-information', 'stop')], FB],
    ['Cabinet went into closed session after the press left and agreed to buy the old Woolworths for £1.3m. Great news for the town centre.', [E('confidential-information', 'stop')], FB],
    ['Can\'t say too much yet but Project Heron is going to transform the bus station site.', [E('confidential-information', 'stop')], X, CONFIDENTIAL],
    ['The exempt report says the leisure trust is £2.4m in debt and may fold by summer.', [E('confidential-information', 'stop')], FB],
    ['Keep this to yourselves for now, but the Civic is shutting in April – it goes to cabinet next month.', [E('confidential-information', 'warn')], FB],
    ['Screenshot of the email from the director of finance below. Read it and weep.\n\nFrom: Director of Finance\nSent: 14 November 2026 09:12\nSubject: Budget gap – RESTRICTED', [E('confidential-information', 'stop')], photo(['email-screenshot.png'])],
    ['The Northgate depot disposal is being done behind closed doors and residents deserve to know.', [E('confidential-information', 'stop')], FB, CONFIDENTIAL],
    ['Members\' briefing behind closed doors today: the library review will recommend 5 closures. You didn\'t hear it from me.', [E('confidential-information', 'warn')], FB],
    ['OFFICIAL-SENSITIVE – here is the draft restructure chart they gave members this morning.', [E('confidential-information', 'stop')], photo(['restructure.png'])],
    ['Great to hear that Kestrel Retail Park is finally happening – the shortlist of tenants looks brilliant.', [E('confidential-information', 'stop')], FB, CONFIDENTIAL],
  ],
  'official-capacity': [
    ['Don\'t worry Mrs Lowe, I\'ve spoken to officers and the council will be paying for your new fence.', [E('official-capacity', 'warn')], reply('The council\'s tree fell on my fence, who is paying?')],
    ['Made our own version of the council crest for the ward group\'s page. Looks smart!', [E('official-capacity', 'warn')], { platform: 'facebook', account: 'personal', hasMedia: true, mediaKind: 'image', mediaNames: ['council-crest-ward.png'] }],
    ['It\'s official – Darton pool shuts for good on 1 January. The council has made its decision and that\'s that.', [E('official-capacity', 'warn')], FB],
    ['Council statement: all schools in the borough will be closed tomorrow due to snow.', [E('official-capacity', 'warn')], FB],
    ['Here\'s our new poster with the council logo – print it off and put it in your window!', [E('official-capacity', 'warn')], { platform: 'facebook', account: 'personal', hasMedia: true, mediaKind: 'image', mediaNames: ['council-logo-poster.png'] }],
    ['Absolutely fed up with the way my own group leader has handled the whips this week. I\'ve been stitched up in the group meeting and I\'m going public.', [E('official-capacity', 'info')], FB],
    ['Speaking for the whole council: every household that missed a collection this month will get £20 off their next bill.', [E('official-capacity', 'warn')], FB],
    ['As chair of the Save Our Fields campaign I say: object to the council\'s own plans by Friday!', [E('official-capacity', 'info')], FB],
    ['Breaking: the council is scrapping the 20mph zones across the borough from next month. You heard it here.', [E('official-capacity', 'warn')], X],
  ],
  elections: [
    ['Vote Conservative on Thursday to keep your bins weekly! Every vote counts in Dodworth.', [E('elections', 'warn')], { platform: 'facebook', now: '2027-05-03T08:30:00' }, ELECTION_SETTINGS],
    ['I\'ve used the council\'s own photos of the new play park on my leaflet – proof of what I deliver. Vote Barker on 6 May.', [E('elections', 'warn')], { platform: 'facebook', now: IN_PERIOD, hasMedia: true, mediaKind: 'image' }, ELECTION_SETTINGS],
    ['Vote Jo Barker on 6 May! The only candidate who will fight for Penistone.', [E('elections', 'warn')], { platform: 'facebook', now: IN_PERIOD }, ELECTION_SETTINGS, 'no imprint in the period'],
    ['Don\'t let the other lot ruin our town. Vote Independent on Thursday. #VoteBarker', [E('elections', 'warn')], { platform: 'x', now: '2027-05-03T19:00:00' }, ELECTION_SETTINGS],
    ['Re-elect me on 6 May and I\'ll keep fixing your potholes. Here\'s our leaflet!', [E('elections', 'warn')], { platform: 'facebook', now: IN_PERIOD, hasMedia: true, mediaKind: 'image', mediaNames: ['leaflet-2027.jpg'] }, ELECTION_SETTINGS],
    ['As your councillor I got the council to approve the new play park – vote for me on 6 May to keep the good work going. Contact me on cllr.jobarker@barnsley.gov.uk', [E('elections', 'warn')], { platform: 'facebook', now: IN_PERIOD }, { ...ELECTION_SETTINGS, lists: { ...ELECTION_SETTINGS.lists, ownPublishedContacts: ['cllr.jobarker@barnsley.gov.uk'] } }],
    ['Our Labour team will keep the libraries open. Vote Labour on 6 May!', [E('elections', 'warn')], { platform: 'instagram', now: IN_PERIOD, hasMedia: true, mediaKind: 'image' }, ELECTION_SETTINGS],
    ['Out canvassing in Oxspring – vote for me on Thursday and let\'s finish the job!', [E('elections', 'warn')], { platform: 'facebook', now: '2027-05-02T14:00:00' }, ELECTION_SETTINGS],
    ['Council press release below shows what I achieved – remember that when you vote on the 6th.', [E('elections', 'warn')], { kind: 'share', platform: 'facebook', now: IN_PERIOD, sharedText: 'Council opens new £2m play area in Penistone', sharedUrl: 'https://www.barnsley.gov.uk/news/play-area' }, ELECTION_SETTINGS],
  ],
  predetermination: [
    ['100% behind the residents against the Greenside Farm scheme. It will not get through the board, I promise you that.', [E('predetermination', 'stop')], FB, PLANNING_MEMBER],
    ['Greenside Farm houses? Not a chance. I\'m on the board and they won\'t get my vote, whatever gets said at committee.', [E('predetermination', 'stop')], FB, PLANNING_MEMBER],
    ['Officers can recommend what they like on 2026/1187/FUL. I\'ve already decided and I\'ll be refusing it.', [E('predetermination', 'stop')], X, PLANNING_MEMBER],
    ['The Crown Vaults will never get a late licence while I sit on the licensing committee.', [E('predetermination', 'stop')], FB, LICENSING_MEMBER],
    ['Join our campaign to stop the Land off Wakefield Road development! Object now and come to the protest on Saturday.', [E('predetermination', 'warn')], FB, PLANNING_MEMBER],
    ['Sat in planning – this is dragging on. Chair just let the agent talk for 20 minutes 😴', [E('predetermination', 'warn')], { platform: 'x', now: DURING_PLANNING }, MEETING_DAY],
    ['Live from the planning board – objectors have made some great points.', [E('predetermination', 'warn')], { platform: 'x', now: DURING_PLANNING }, MEETING_DAY],
    ['Full council is on item 4 of 19 and we have already had two hours on the minutes. Send snacks.', [E('predetermination', 'info')], { platform: 'x', now: DURING_FULL_COUNCIL }, MEETING_DAY, 'posting during a non-quasi-judicial meeting: info'],
    ['Sign the petition against the Shack Bar licence application! We cannot let it open.', [E('predetermination', 'warn')], FB, LICENSING_MEMBER],
    ['Fully support the residents – this application is rubbish and I will be voting it down at the board on Tuesday.', [E('predetermination', 'stop')], reply('Please vote against the Wakefield Road houses'), PLANNING_MEMBER],
  ],
  tone: [
    ['Honestly, some of you need to get a life. I\'m not answering any more of this nonsense tonight.', [E('tone', 'warn')], { kind: 'reply', platform: 'facebook', parentText: 'Still no answer on the car park then? Thought not', now: '2026-11-20T23:31:00' }],
    ['WHY DOES NOBODY AT THIS COUNCIL EVER LISTEN??? ABSOLUTELY SICK OF IT!!!! DISGRACEFUL!!!', [E('tone', 'warn')], late()],
    ['Do yourself a favour and stop commenting on things you know nothing about. Blocked.', [E('tone', 'warn')], reply('Typical councillor, all talk')],
    ['Right, I\'ve had enough of you lot. Believe what you want, I couldn\'t care less. Go and vote for someone else then!!', [E('tone', 'warn')], reply('You\'ve done nothing for this ward')],
    ['Our ambition is to galvanise a whole-system, outcomes-focused paradigm shift that empowers stakeholders across the piece.', [E('tone', 'info')], FB],
    ['What are you on about? Are you stupid or just pretending? Read the report before you comment!!', [E('tone', 'warn'), E('abuse', 'warn')], reply('Why did you vote for the cuts?')],
    ['My view on the asylum hotel: we need more support from the Home Office, not less. Happy to discuss.', [E('tone', 'info')], FB, undefined, 'controversial topic hint'],
    ['Not interested in your opinion mate. Wind your neck in and go back under your bridge.', [E('tone', 'warn')], reply('Another useless councillor, when is the next election')],
  ],
  misinformation: [
    ['I\'m told the maternity unit at the hospital is closing in March. Can\'t confirm it, but wanted you all to know.', [E('misinformation', 'warn')], FB],
    ['Apparently the council are going to shut the A&E at Barnsley Hospital next year. Not confirmed yet but please share!!', [E('misinformation', 'warn')], FB],
    ['PLEASE SHARE: there is a man in a white van trying to snatch children in Cudworth. Police are not telling you!', [E('misinformation', 'warn')], share('WARNING!!! White van man trying to take kids from outside schools in Cudworth. Share to warn parents!!!')],
    ['Shocking if true – sharing for awareness.', [E('misinformation', 'warn')], share('The council is putting 5G masts on every lamppost to track residents', 'https://www.example-truthnews.co/5g-lampposts')],
    ['I\'ve been told the new housing estate will be full of people from London. Not sure if that\'s right but it seems likely.', [E('misinformation', 'warn')], FB],
    ['Everyone knows that 80% of crime in the town centre is committed by people from outside the area.', [E('misinformation', 'warn')], FB],
    ['Haven\'t checked this but it looks bad.', [E('misinformation', 'warn')], share('BREAKING: Council to scrap all free parking from Monday', 'https://www.example-gossip.co.uk/parking')],
    ['Copied from a friend: the water in Penistone is contaminated and you should boil it. Please pass on!', [E('misinformation', 'warn')], FB],
  ],
  copyright: [
    ['Full text of today\'s Yorkshire Post editorial below, worth every word:\n\n"For too long the towns of South Yorkshire have been told to wait their turn. The latest funding round shows that the wait goes on, and that the promises made in Westminster are worth little more than the paper they were printed on. Our councils deserve better, and so do the people they serve..."', [E('copyright', 'warn')], FB],
    ['Found this photo of the flooding on Facebook, no idea whose it is but it\'s a cracker.', [E('copyright', 'warn')], photo(['flooding-found.jpg'])],
    ['Great photo of the floods I found online. No copyright intended!', [E('copyright', 'warn')], photo(['flood-photo.jpg'])],
    ['Full article below as the Chronicle has a paywall:\n\n"Plans to redevelop the town centre were unveiled yesterday by the council, with the leader describing the scheme as a once-in-a-generation chance to reshape the market area and bring footfall back to the high street..."', [E('copyright', 'warn')], FB],
    ['Used a Getty image for our newsletter header – looks amazing!', [E('copyright', 'warn')], photo(['gettyimages-1234567.jpg'])],
    ['Nicked this picture off Google of the old town hall. Lovely isn\'t it.', [E('copyright', 'warn')], photo(['old-town-hall.jpg'])],
    ['Copy and pasted the Examiner\'s story here so you don\'t have to pay for it. All credit to them.', [E('copyright', 'warn')], FB],
    ['Borrowed this Shutterstock photo for our campaign poster – no copyright infringement intended.', [E('copyright', 'warn')], photo(['shutterstock_55512.jpg'])],
  ],
  security: [
    ['Door code for the members\' room has changed to 1966# – don\'t lose it!', [E('security', 'stop')], FB],
    ['Login for the ward Facebook page if anyone wants to help out: barkerward / Penistone2027!', [E('security', 'stop')], FB],
    ['Got this today – is it genuine? "Your council Microsoft 365 account will be suspended. Sign in at http://micros0ft-login.barnsley-council.info to keep access."', [E('security', 'warn')], X],
    ['For members who can\'t get into the portal: the guest login is username members2026 password Chamber#2026', [E('security', 'stop')], FB],
    ['Community centre key safe code is 4729, please put the key back after the litter pick.', [E('security', 'stop')], FB],
    ['WiFi password for the hall is Oxspring!Hall1 if you\'re coming tonight.', [E('security', 'stop')], FB],
    ['Members, please re-verify your council email here before it\'s disabled: http://barnsley-gov-uk.account-verify.co/login', [E('security', 'warn')], FB],
    ['My verification code is 381946, can someone on the IT team check why it isn\'t working?', [E('security', 'stop')], X],
    ['Free council tax refund for all residents – claim yours here: http://bit.ly/3CtaxRefund', [E('security', 'warn'), E('misinformation', 'warn')], FB],
  ],
  'personal-safety': [
    ['Family\'s away this weekend so it\'s just me rattling round the house on Thornfield Close. Bliss.', [E('personal-safety', 'warn')], FB, PRIVATE_DETAILS],
    ['House will be empty for a fortnight from tomorrow while we\'re down in Cornwall. Can\'t wait!', [E('personal-safety', 'warn')], IG],
    ['Lanzarote for ten days from Saturday! Nobody home, so if you see the lights on it\'s just the timer 😎', [E('personal-safety', 'warn')], IG],
    ['Home alone tonight at 14 Thornfield Close while my other half is away – come round for a brew if you\'re passing!', [E('personal-safety', 'warn')], FB, PRIVATE_DETAILS],
    ['Grabbing a latte in the Costa on Cheapside, here for the next hour – come and find me.', [E('personal-safety', 'warn')], { platform: 'facebook', locationTag: 'Costa Coffee, Cheapside' }],
    ['If you need me urgently, my personal mobile is 07700 900417.', [E('personal-safety', 'warn')], FB, PRIVATE_DETAILS],
    ['Proud mum moment – Maisie\'s first nativity at Darton Primary today!', [E('personal-safety', 'warn'), E('safeguarding', 'stop')], photo(['maisie-nativity.jpg']), PRIVATE_DETAILS],
    ['Walking home alone from the Civic right now, the usual way along Huddersfield Road. Lovely evening.', [E('personal-safety', 'warn')], X],
  ],
};

// ───────────────────────────── assembly ─────────────────────────────

function cleanGroup(prefix: string, rows: CleanRow[]): CouncillorPost[] {
  return rows.map(([text, context, settings, note], i) => ({
    id: `clean-${prefix}-${String(i + 1).padStart(2, '0')}`,
    text,
    ...(context ? { context } : {}),
    ...(settings ? { settings } : {}),
    expect: 'clean' as const,
    ...(note ? { note } : {}),
  }));
}

function riskyGroup(family: string, rows: RiskyRow[]): CouncillorPost[] {
  return rows.map(([text, expect, context, settings, note], i) => ({
    id: `risky-${family}-${String(i + 1).padStart(2, '0')}`,
    text,
    ...(context ? { context } : {}),
    ...(settings ? { settings } : {}),
    expect,
    ...(note ? { note } : {}),
  }));
}

export const COUNCILLOR_POSTS: CouncillorPost[] = [
  ...cleanGroup('ward', CLEAN_WARD),
  ...cleanGroup('litter', CLEAN_LITTER),
  ...cleanGroup('surgery', CLEAN_SURGERY),
  ...cleanGroup('planning', CLEAN_PLANNING),
  ...cleanGroup('budget', CLEAN_BUDGET),
  ...cleanGroup('criticism', CLEAN_CRITICISM),
  ...cleanGroup('reply', CLEAN_REPLIES),
  ...cleanGroup('share', CLEAN_SHARE),
  ...cleanGroup('campaign', CLEAN_CAMPAIGN),
  ...cleanGroup('thanks', CLEAN_THANKS),
  ...cleanGroup('potholes', CLEAN_POTHOLES),
  ...cleanGroup('safeguarding', CLEAN_SAFEGUARDING_AWARE),
  ...cleanGroup('abuse-received', CLEAN_ABUSE_RECEIVED),
  ...cleanGroup('quoting-hate', CLEAN_QUOTING_HATE),
  ...cleanGroup('places', CLEAN_PLACES),
  ...cleanGroup('surnames', CLEAN_SURNAMES),
  ...cleanGroup('numbers', CLEAN_NUMBERS),
  ...cleanGroup('misc', CLEAN_MISC),
  ...cleanGroup('late', CLEAN_LATE),
  ...cleanGroup('traps', CLEAN_TRAPS),
  ...cleanGroup('more', CLEAN_MORE),
  ...Object.entries(RISKY).flatMap(([family, rows]) => riskyGroup(family, rows)),
];

/** Dates used by the set, exported so a harness can explain the election and meeting windows. */
export const COUNCILLOR_POST_DATES = { ELECTIONS, IN_PERIOD, OUT_OF_PERIOD, DURING_PLANNING, DURING_FULL_COUNCIL, AFTER_PLANNING } as const;
