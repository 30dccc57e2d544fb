using System;
using System.Globalization;
using System.Linq;
using Xunit.Abstractions;

namespace Corpus.Extraction.Tests.Wire;

/// <summary>
/// Twelve 1990s-style wire stories written for evaluation and annotated by hand, mention by mention, with CoNLL-2003
/// conventions without reading the engine (Data/Wire, sources in Data/Wire/markup): match reports with clubs named
/// after cities, results and standings tables, a cricket scoreboard, a golf leaderboard with countries in brackets,
/// ALL-CAPS headlines, datelines, bylines, ministers and parties, companies with Inc/Corp/AG/Plc/NL, analysts at
/// banks, courts and a disaster. They stand in for the public newswire set, scored the way it is: exact span and
/// type per mention, PER/ORG/LOC only, micro-averaged.
/// Data/Wire2 is a second blind set of twelve, written and annotated the same way by another annotator without
/// reading the engine or the first set's stories (Scottish football with a table, a rugby test with team lists, tennis
/// results with countries in brackets, a Grand Prix with standings, Moscow, Amman and Brussels politics, a Frankfurt
/// bank, Tokyo stocks, a US merger, a London fraud trial, a typhoon). The first set is the one to look at while
/// fixing the engine; the second measures those fixes: read its errors only after a fix, never to make one.
/// Data/Wire3 to Wire40 are further blind sets of fourteen each, written and annotated the same way by other
/// annotators, each without reading the engine or the other sets' stories (Wire7, Wire9, Wire14, Wire15, Wire17,
/// Wire19, Wire21, Wire23, Wire25, Wire27, Wire29, Wire31, Wire33, Wire34, Wire36, Wire37, Wire39 and Wire40 in the
/// style of present-day agencies rather than 1990s wire). Each new set was added once the engine had been tuned on the ones before it; its score before its own errors
/// were read is recorded below as the figure for unseen text. The errors of Wire6, Wire8 and Wire9 were read in the
/// fifth session, Wire10's, Wire12's and (late in it) Wire14's in the sixth, Wire13's and Wire15's in the seventh,
/// Wire16's to Wire27's (and Wire7's, Wire9's, Wire14's and Wire15's again) in the eighth, Wire28's to Wire31's in the
/// thirteenth, each set's after its blind score; Wire11's were seen once by accident (one rule came of it, see below).
/// Wire32's to Wire34's were unread in the thirteenth session, which they measured (one fix they showed to be a loss was
/// taken back, see their comments), and read in the fourteenth. Wire35's to Wire37's were unread in the fourteenth to
/// sixteenth sessions, which they measured, and read in the seventeenth. Their annotators were first told to mark a
/// national side named by its country ORG; that was changed to LOC, the convention of CoNLL-2003 and of every earlier
/// set ("Ghana beat Sierra Leone"), before any of their errors was read. Wire38's to Wire40's are unread: written in the
/// seventeenth session before its fixes, they measure them.
/// </summary>
public sealed class WireEvaluationTests
{
    // Measured when this test was added (engine at a9a737c, tentative entities excluded; 405 gold PER/ORG/LOC mentions):
    //   ALL P 0.753 R 0.820 F1 0.785 (tp 332, fp 109, fn 73)
    //   PER P 0.806 R 0.949 F1 0.872, ORG P 0.627 R 0.675 F1 0.650, LOC P 0.861 R 0.861 F1 0.861
    // (with tentative entities included: ALL P 0.735 R 0.820 F1 0.775). Most of the loss was clubs named after places
    // typed LOC or PER (results tables, match reports). After the general fixes made while reading these errors (sides in
    // sports stories, world name and town lists, a dictionary for sentence-initial words, nationality nouns, ...):
    //   ALL P 0.901 R 0.923 F1 0.912 (tp 374, fp 41, fn 31)
    // and at the end of the work on all five sets: ALL P 0.926 R 0.928 F1 0.927. The floor sits 0.03 below.
    private const double F1Floor = 0.89;

    // Wire2, measured when it was added (engine at ff39b6c, tentative entities excluded; 522 gold PER/ORG/LOC mentions):
    //   ALL P 0.762 R 0.808 F1 0.784 (tp 422, fp 132, fn 100)
    //   PER P 0.855 R 0.845 F1 0.850, ORG P 0.593 R 0.697 F1 0.641, LOC P 0.851 R 0.874 F1 0.863
    // (with tentative entities included: ALL P 0.740 R 0.808 F1 0.773). For comparison, the JavaScript library
    // compromise (people/organizations/places, scored the same way) gets ALL P 0.715 R 0.433 F1 0.539 (PER F1 0.552,
    // ORG 0.267, LOC 0.707). After the general fixes, made while reading this set's errors too:
    //   ALL P 0.891 R 0.921 F1 0.906 (tp 481, fp 59, fn 41); PER F1 0.939, ORG 0.817, LOC 0.956
    // and at the end: ALL P 0.919 R 0.929 F1 0.924. The floor sits 0.03 below.
    private const double Wire2F1Floor = 0.89;

    // Wire3, measured when it was added (engine at ff39b6c, tentative entities excluded; 569 gold PER/ORG/LOC mentions):
    //   ALL P 0.703 R 0.794 F1 0.746 (tp 452, fp 191, fn 117)
    //   PER P 0.757 R 0.819 F1 0.787, ORG P 0.593 R 0.689 F1 0.638, LOC P 0.792 R 0.898 F1 0.842
    // (with tentative entities included: ALL P 0.689 R 0.794 F1 0.738). For comparison, compromise (scored the same
    // way) gets ALL P 0.624 R 0.411 F1 0.496 (PER F1 0.535, ORG 0.214, LOC 0.665). The floor sits 0.05 below the
    // engine's F1 (0.746 - 0.05, rounded down to 0.69). The fixes made on the first two sets, measured on this one
    // while its errors were still unread (the honest figure for unseen wire text): ALL P 0.808 R 0.880 F1 0.843.
    // After further general fixes that read its errors too (baseball result lines, nationality nouns, world towns):
    //   ALL P 0.830 R 0.907 F1 0.866 (tp 516, fp 106, fn 53); PER F1 0.888, ORG 0.800, LOC 0.930
    // and at the end: ALL P 0.879 R 0.930 F1 0.904. The floor sits 0.03 below.
    private const double Wire3F1Floor = 0.87;

    // Wire4, a fourth blind set of fourteen, written and annotated the same way by a fourth annotator without reading the
    // engine or the other sets' stories, for the final measurement on unseen text (NHL results and standings, an
    // Australian rugby league round with scorers, a ski World Cup giant slalom with a top ten, a Davis Cup tie, Dutch
    // football with a table, Harare, Managua, Colombo and Dushanbe politics with U.N. agencies and acronyms, a gold
    // miner's results and deal with tickers, Bank of Canada and bonds, coffee futures, an Indian train collision, a
    // brown dwarf). Measured when it was added, before any of its errors were read (engine at 0bc97e5, tentative
    // entities excluded; 590 gold PER/ORG/LOC mentions):
    //   ALL P 0.836 R 0.873 F1 0.854 (tp 515, fp 101, fn 75)
    //   PER P 0.851 R 0.945 F1 0.896, ORG P 0.748 R 0.799 F1 0.773, LOC P 0.933 R 0.889 F1 0.911
    // (with tentative entities included: ALL P 0.786 R 0.873 F1 0.827). For comparison, compromise (scored the same
    // way) gets ALL P 0.577 R 0.356 F1 0.440 (PER F1 0.500, ORG 0.171, LOC 0.596). After general fixes that read its
    // errors (former countries, ranks, tickers and currencies, results inside sentences, headline names):
    //   ALL P 0.908 R 0.919 F1 0.913 (tp 542, fp 55, fn 48). The floor sits 0.03 below.
    private const double Wire4F1Floor = 0.88;

    // Wire5, a fifth blind set of fourteen, written and annotated the same way by a fifth annotator without reading the
    // engine or the other sets' stories, for the final honest measurement on unseen text after the engine was tuned while
    // looking at the first four (Turkish football results with a table, NBA results and standings with home teams in
    // capitals, the Tour of Flanders with a top ten, Japan Open badminton, a 500cc Czech Grand Prix with standings, Tunis,
    // Quito, Kathmandu and Baku politics with parties, rebels and agencies, a Finnish board maker's results with tickers,
    // the baht and the Bank of Thailand, LME copper, dengue in Malaysia, a New York art auction). Measured when it was
    // added, before any of its errors were read (engine at 71c3f88, tentative entities excluded; 586 gold PER/ORG/LOC mentions):
    //   ALL P 0.853 R 0.889 F1 0.871 (tp 521, fp 90, fn 65)
    //   PER P 0.891 R 0.974 F1 0.930, ORG P 0.787 R 0.858 F1 0.821, LOC P 0.907 R 0.862 F1 0.884
    // (with tentative entities included: ALL P 0.822 R 0.889 F1 0.854). For comparison, compromise (scored the same
    // way) gets ALL P 0.625 R 0.370 F1 0.465 (PER F1 0.471, ORG 0.233, LOC 0.621). The floor sits 0.05 below the
    // engine's F1 (0.871 - 0.05, rounded down to 0.82). Its errors were first read in the fourth session, together with
    // Wire7's, for general fixes (prepositions of place, competitions, possessive business names, ...): 0.873 -> 0.924.
    private const double Wire5F1Floor = 0.82;

    // Wire6, a sixth blind set of fourteen 1990s wire stories, written and annotated the same way by a sixth annotator
    // without reading the engine or the other sets (Scottish football with results and a table, a Colombo test
    // scoreboard, a Durban golf leaderboard, a Zambia-Sudan qualifier with a group table, a Rieti athletics meeting,
    // Lima, Dhaka, Tbilisi, Accra and Oslo politics, a Swiss AG's results, a Brazilian steel maker, palm oil on the
    // KLCE, a London Plc bidding for a US Corp). Measured when it was added, before any of its errors were read (engine
    // at f2726b8, tentative entities excluded; 540 gold PER/ORG/LOC mentions):
    //   ALL P 0.871 R 0.872 F1 0.871 (tp 471, fp 70, fn 69)
    //   PER P 0.892 R 0.937 F1 0.914, ORG P 0.771 R 0.789 F1 0.780, LOC P 0.944 R 0.893 F1 0.918
    // (with tentative entities included: ALL P 0.816 R 0.872 F1 0.843). For comparison, compromise (scored the same
    // way) gets ALL P 0.727 R 0.439 F1 0.547 (PER F1 0.528, ORG 0.284, LOC 0.721). Its errors stayed unread through the
    // fourth session, to measure whether the fixes made while reading Wire5's and Wire7's errors held on wire text nobody
    // looked at (they took it from 0.871 to 0.894); the fifth session read them for general fixes: 0.896 -> 0.946. The
    // floor sits 0.05 below its first F1.
    private const double Wire6F1Floor = 0.82;

    // Wire7, a seventh blind set of fourteen, in the style of present-day agencies and papers (2015-2025) rather than
    // 1990s wire, written and annotated the same way by a seventh annotator (a Serie A match report with club
    // nicknames, an Africa Cup of Nations story, a Diamond League results list, a cyclist's profile, a Chilean runoff,
    // a European Court of Human Rights ruling, an ASEAN meeting in Vientiane, fighting near Goma, Bangladesh floods, a
    // Helsinki battery-recycling takeover, a South Korean antitrust fine, a Lagos fintech round, a fossil penguin, the
    // Guadalajara film festival). Measured when it was added, before any of its errors were read (engine at f2726b8,
    // tentative entities excluded; 625 gold PER/ORG/LOC mentions):
    //   ALL P 0.815 R 0.875 F1 0.844 (tp 547, fp 124, fn 78)
    //   PER P 0.809 R 0.892 F1 0.849, ORG P 0.674 R 0.836 F1 0.746, LOC P 0.966 R 0.894 F1 0.928
    // (with tentative entities included: ALL P 0.784 R 0.875 F1 0.827). For comparison, compromise (scored the same
    // way) gets ALL P 0.667 R 0.381 F1 0.485 (PER F1 0.465, ORG 0.245, LOC 0.630). Its errors were read for general
    // fixes, with Wire5's: 0.844 -> 0.917. The floor sits 0.05 below its first F1.
    private const double Wire7F1Floor = 0.79;

    // Wire8, an eighth blind set of fourteen 1990s wire stories by an eighth annotator (Slovenian-Croatian handball with a
    // table, an AFL round and ladder, a Chilean first-division round and standings, Lucerne rowing, World Grand Prix
    // volleyball, a Bangladesh cyclone, Mongolian privatisation, a Sierra Leone truce, an Ecuadorean graft trial, an
    // Estonian minister, a Finnish Oy's and a Japanese KK's results, palm oil futures, a Dutch NV's bid for a US Corp).
    // Measured when it was added, before any of its errors were read, after the fixes made while reading Wire5's and
    // Wire7's (engine at 2556bec, tentative entities excluded; 562 gold PER/ORG/LOC mentions):
    //   ALL P 0.868 R 0.881 F1 0.875 (tp 495, fp 75, fn 67)
    //   PER P 0.742 R 0.925 F1 0.824, ORG P 0.860 R 0.828 F1 0.844, LOC P 0.972 R 0.931 F1 0.951
    // (with tentative entities included: ALL P 0.815 R 0.881 F1 0.847). For comparison, compromise (scored the same
    // way) gets ALL P 0.579 R 0.347 F1 0.434 (PER F1 0.455, ORG 0.175, LOC 0.636). Its errors were read in the fifth
    // session for general fixes (company short forms, acronym-defined names, scorecards, newsrooms): 0.876 -> 0.933. The
    // floor sits 0.05 below its first F1.
    private const double Wire8F1Floor = 0.82;

    // Wire9, a ninth blind set of fourteen present-day stories by a ninth annotator, from regions news covers less
    // (Bangladesh cricket, Fiji-Samoa rugby, a Premier League report with club nicknames, Doha athletics results, a Kyrgyz
    // election, Senegal fuel protests, a Bosnian war-crimes court, Peru landslides, an ASEAN meeting, a Gulf logistics
    // IPO, an Indonesian fintech merger, an AI company's data-protection probe, a Ghana malaria study, Benin bronzes).
    // Measured when it was added, before any of its errors were read, after the fixes made while reading Wire5's and
    // Wire7's (engine at 8b06ee5, tentative entities excluded; 653 gold PER/ORG/LOC mentions):
    //   ALL P 0.854 R 0.897 F1 0.875 (tp 586, fp 100, fn 67)
    //   PER P 0.783 R 0.953 F1 0.860, ORG P 0.807 R 0.783 F1 0.795, LOC P 0.936 R 0.964 F1 0.950
    // (with tentative entities included: ALL P 0.820 R 0.899 F1 0.858). For comparison, compromise (scored the same
    // way) gets ALL P 0.662 R 0.423 F1 0.516 (PER F1 0.486, ORG 0.313, LOC 0.657). Its errors were read in the fifth
    // session for general fixes: 0.879 -> 0.910. The floor sits 0.05 below its first F1.
    private const double Wire9F1Floor = 0.82;

    // Wire10, a tenth blind set of fourteen by a tenth annotator, 1990s wire and present-day stories mixed (Swedish ice
    // hockey results and standings, a Tour of Poland stage, a New Zealand first-class cricket report with a scorecard, a
    // Chilean regional run-off, a South African appeal court, the Bank of Ghana and the cedi, a Norwegian salmon farmer's
    // takeover, a Bosphorus collision, an Otago health study, a Łódź exhibition, a Kyrgyz gold deal, an ECOWAS summit, an
    // architect's obituary, Cuban baseball results). Measured when it was added, before any of its errors were read, on
    // the engine tuned while reading the nine sets before it (engine at 7ec8caf, tentative entities excluded; 476 gold
    // PER/ORG/LOC mentions):
    //   ALL P 0.850 R 0.891 F1 0.870 (tp 424, fp 75, fn 52)
    //   PER P 0.858 R 0.970 F1 0.911, ORG P 0.782 R 0.850 F1 0.815, LOC P 0.938 R 0.893 F1 0.915
    // (with tentative entities included: ALL P 0.797 R 0.891 F1 0.841). For comparison, compromise (scored the same
    // way) gets ALL P 0.592 R 0.311 F1 0.408 (PER F1 0.419, ORG 0.183, LOC 0.584). The fixes the fifth session made
    // while reading Wire6's, Wire8's and Wire9's took it to 0.896, still unread; its errors were read in the sixth
    // session (0.911 after the first fixes from them). The floor sits 0.05 below its first F1.
    private const double Wire10F1Floor = 0.82;

    // Wire11, an eleventh blind set of fourteen by an eleventh annotator, written as close to the Reuters wire of late 1996
    // as the annotator could (Dutch league summaries and a table, an English county cricket scoreboard, Swiss Indoors
    // tennis results, a golf leaderboard, the Tour of Lombardy, NHL results and standings under a New York dateline, a
    // defence firm's results, French bonds, CBOT soybeans, a Dutch-Belgian takeover, a Polish coalition row, a Sydney
    // fraud trial, an Indian train crash, the OSCE Lisbon summit). Measured when it was added, before any of its errors
    // were read, on the engine at the end of the fifth session (tentative entities excluded; 535 gold PER/ORG/LOC
    // mentions):
    //   ALL P 0.915 R 0.923 F1 0.919 (tp 494, fp 46, fn 41)
    //   PER P 0.944 R 0.895 F1 0.919, ORG P 0.857 R 0.925 F1 0.890, LOC P 0.980 R 0.949 F1 0.964
    // (with tentative entities included: ALL P 0.852 R 0.923 F1 0.886). The engine at the start of that session (7ec8caf)
    // scores ALL P 0.906 R 0.923 F1 0.915 on it; compromise, scored the same way, ALL P 0.514 R 0.310 F1 0.387 (PER F1
    // 0.201, ORG 0.219, LOC 0.649). Its error list was printed once, by accident, in a comparison of two runs made
    // minutes after it was added. One rule was then made from it, because the pattern is common in public newswire and
    // absent from every other set: scorers in brackets after a side's score ("Ajax Amsterdam 2 (Kiefte 23)") are
    // people. With it the set scores 0.947, a figure that is no longer blind; 0.919 is. The floor sits 0.05 below 0.919.
    private const double Wire11F1Floor = 0.86;

    // Wire12, a twelfth blind set of fourteen by a twelfth annotator, again in the style of the Reuters wire of late 1996,
    // from places the other sets cover less (Spanish league results and a table, the Currie Cup, Rieti athletics with
    // countries in brackets, NBA results and standings, a Copenhagen title fight, Colombo shares, a Finnish paper maker's
    // results, LME copper and El Teniente, a Peruvian bank takeover, Estonian local elections, a Cartagena cocaine
    // seizure, Kyrgyz mudslides, the South Pacific Forum in Majuro, the Sarajevo Philharmonic). Written at the end of the
    // fifth session and measured once, on the engine at its end, before any of its errors were read (tentative
    // entities excluded; 492 gold PER/ORG/LOC mentions):
    //   ALL P 0.860 R 0.888 F1 0.874 (tp 437, fp 71, fn 55)
    //   PER P 0.827 R 0.919 F1 0.871, ORG P 0.820 R 0.840 F1 0.830, LOC P 0.953 R 0.946 F1 0.949
    // (with tentative entities included: ALL P 0.811 R 0.888 F1 0.848). The engine at the start of that session (7ec8caf)
    // scores ALL P 0.833 R 0.864 F1 0.848 on it; compromise, scored the same way, ALL P 0.572 R 0.331 F1 0.420 (PER F1
    // 0.474, ORG 0.192, LOC 0.596). Its errors were read in the sixth session. The floor sits 0.05 below.
    private const double Wire12F1Floor = 0.82;

    // Wire13, a thirteenth blind set of fourteen by a thirteenth annotator in the style of the Reuters wire of late 1996
    // (Spanish league results and a table, a Lahore cricket scoreboard, Prague tennis, a Park City slalom, Durban golf, a
    // German engineer's results, the Milan bourse, London cocoa, Burundi rebels, Khmer Rouge defections, a Colombian
    // kidnapping, Bulgaria's Socialists, a Paris court and a film, Mekong floods). Written in the sixth session while
    // Wire10's and Wire12's errors were being read, and measured once, before any of its errors were read (tentative
    // entities excluded; 504 gold PER/ORG/LOC mentions), on the engine at the start of the session (ee20d25):
    //   ALL P 0.889 R 0.907 F1 0.898 (tp 457, fp 57, fn 47)
    //   PER P 0.882 R 0.978 F1 0.928, ORG P 0.778 R 0.815 F1 0.796, LOC P 0.980 R 0.926 F1 0.952
    // and on the engine with that session's fixes from Wire10 and Wire12 (88750e3):
    //   ALL P 0.911 R 0.913 F1 0.912 (tp 460, fp 45, fn 44)
    //   PER P 0.894 R 0.978 F1 0.934, ORG P 0.834 R 0.834 F1 0.834, LOC P 0.980 R 0.926 F1 0.952
    // (with tentative entities included: ALL P 0.851 R 0.917 F1 0.883), and 0.920 on the session's last engine.
    // compromise, scored the same way: ALL P 0.693 R 0.413 F1 0.517 (PER F1 0.489, ORG 0.269, LOC 0.667). Its errors
    // were read in the seventh session (0.944 after that session's fixes). The floor sits 0.05 below 0.898.
    private const double Wire13F1Floor = 0.85;

    // Wire14, a fourteenth blind set of fourteen by a fourteenth annotator, in the style of present-day agencies and
    // papers (a Japanese robot maker's results, a German takeover, a Lagos fintech round, a Nepali confidence vote,
    // Malawi's election, a Portuguese snap election, Colombian ceasefire talks, a Sudan aid corridor, Betis v Villarreal,
    // a Tour de Romandie stage, an Andes glacier study, a malaria drug trial, a Delhi music copyright case, restitution
    // at Tervuren). Written in the sixth session and measured once, before any of its errors were read (tentative
    // entities excluded; 694 gold PER/ORG/LOC mentions), on the engine at the start of that session (ee20d25):
    //   ALL P 0.865 R 0.886 F1 0.875 (tp 615, fp 96, fn 79)
    //   PER P 0.849 R 0.958 F1 0.900, ORG P 0.815 R 0.774 F1 0.794, LOC P 0.927 R 0.964 F1 0.945
    // and on the engine with that session's fixes (2ea79c6):
    //   ALL P 0.870 R 0.889 F1 0.880 (tp 617, fp 92, fn 77)
    //   PER P 0.859 R 0.958 F1 0.905, ORG P 0.820 R 0.781 F1 0.800, LOC P 0.931 R 0.964 F1 0.947
    // (with tentative entities included: ALL P 0.839 R 0.889 F1 0.864). compromise, scored the same way: ALL P 0.642
    // R 0.362 F1 0.463 (PER F1 0.462, ORG 0.277, LOC 0.617). Its errors were read late in the sixth session (0.921
    // after the fixes from them). The floor sits 0.05 below 0.875.
    private const double Wire14F1Floor = 0.82;

    // Wire15, a fifteenth blind set of fourteen by a fifteenth annotator, present-day agencies again (an airline strike,
    // chip export controls, a Chilean mine collapse, a South African rate decision, a Karnataka election, a coup in
    // Guinea-Bissau, Second Thomas Shoal, Sudanese refugees in Chad, a football transfer, an Australian Open final, a
    // satellite launch, a dengue vaccine, a Malaysian corruption trial, a Hong Kong auction). Written late in the sixth
    // session, after Wire14's errors had been read, and measured once before any of its own were read (tentative
    // entities excluded; 623 gold PER/ORG/LOC mentions), on the engine at the start of that session (ee20d25):
    //   ALL P 0.852 R 0.876 F1 0.864 (tp 546, fp 95, fn 77)
    //   PER P 0.751 R 0.901 F1 0.819, ORG P 0.803 R 0.778 F1 0.790, LOC P 0.964 R 0.952 F1 0.958
    // and on the engine with that session's fixes (2422a59):
    //   ALL P 0.870 R 0.894 F1 0.882 (tp 557, fp 83, fn 66)
    //   PER P 0.778 R 0.922 F1 0.844, ORG P 0.823 R 0.809 F1 0.816, LOC P 0.976 R 0.956 F1 0.966
    // (with tentative entities included: ALL P 0.841 R 0.894 F1 0.867), and 0.886 on the session's last engine.
    // compromise, scored the same way: ALL P 0.630 R 0.392 F1 0.483 (PER F1 0.496, ORG 0.295, LOC 0.604). Its errors
    // were read in the seventh session (0.923 after that session's fixes). The floor sits 0.05 below 0.864.
    private const double Wire15F1Floor = 0.81;

    // Wire16, a sixteenth blind set of fourteen by a sixteenth annotator, in the style of the 1996 wire (Portuguese soccer,
    // a women's downhill, European League basketball, a Kanpur scoreboard, snooker, cross-country, German ice hockey, the
    // Vienna bourse, Singapore rubber, a Tirana rally, a Mercosur summit, an Antwerp diamond fraud, a Bolivian bus crash,
    // a shipping company's results). Written in the seventh session and measured once, before any of its errors were
    // read (tentative entities excluded; 529 gold PER/ORG/LOC mentions), on the engine at the start of that session
    // (67cac80):
    //   ALL P 0.946 R 0.962 F1 0.954 (tp 509, fp 29, fn 20)
    //   PER P 0.966 R 0.983 F1 0.974, ORG P 0.896 R 0.948 F1 0.921, LOC P 0.978 R 0.956 F1 0.967
    // (with tentative entities included: ALL P 0.878 R 0.962 F1 0.918). The session's first form of the opening-word
    // rule (any English word before a known place) cost it two organisations, told by counts alone; the rule was kept to
    // participles and the set came back to the numbers above; 0.960 on the session's last engine. compromise, scored the
    // same way: ALL P 0.664 R 0.363 F1 0.469 (PER F1 0.416, ORG 0.141, LOC 0.697). Its errors were read in the eighth
    // session. The floor sits 0.05 below 0.954.
    private const double Wire16F1Floor = 0.90;

    // Wire17, a seventeenth blind set of fourteen by a seventeenth annotator, present-day agencies (an AI chip start-up's
    // funding, a Colombian bank's results, a Kenyan wallet fined, a freight merger, an EU cloud antitrust case, Moldovan
    // gas, clashes in Niger, a logging trial in Pará, an Antarctic ice core, a flamenco prize, table tennis results, Six
    // Nations rugby, EuroLeague basketball, a battery recall). Written in the seventh session and measured once before
    // any of its errors were read (498 gold PER/ORG/LOC mentions), the same on the engine at the session's start (67cac80)
    // and with its first fixes:
    //   ALL P 0.853 R 0.900 F1 0.876 (tp 448, fp 77, fn 50)
    //   PER P 0.766 R 0.979 F1 0.860, ORG P 0.785 R 0.785 F1 0.785, LOC P 0.963 R 0.963 F1 0.963
    // (with tentative entities included: ALL P 0.807 R 0.900 F1 0.851). The session's later fixes took it to 0.877, and
    // to 0.888 (0.889 on the session's last engine) with one more rule that is not blind for this set: a grep for its pattern ("Cardinal's shares") over every
    // set's markup showed two of Wire17's lines before the rule was written. compromise, scored the same way: ALL P 0.742
    // R 0.428 F1 0.543 (PER F1 0.563, ORG 0.317, LOC 0.681). Its errors were read in the eighth session. The floor sits
    // 0.05 below 0.876.
    private const double Wire17F1Floor = 0.82;

    // Wire18, an eighteenth blind set of fourteen by an eighteenth annotator, in the style of the 1996 wire (French rugby,
    // Östersund biathlon, the Grand Slam Cup, a Harare scoreboard, Belgian soccer, the Fukuoka marathon, Heerenveen speed
    // skating, the Warsaw bourse, London white sugar, a Cameroon reshuffle, a Dublin libel case, a Ukrainian mine blast, a
    // brewery's results, OPEC output talks). Written at the end of the seventh session and measured once, before any of
    // its errors were read (486 gold PER/ORG/LOC mentions), on the engine at the start of that session (67cac80):
    //   ALL P 0.916 R 0.922 F1 0.919 (tp 448, fp 41, fn 38)
    //   PER P 0.933 R 0.971 F1 0.952, ORG P 0.855 R 0.824 F1 0.840, LOC P 0.960 R 0.973 F1 0.967
    // and with all of the session's fixes (tentative entities included: ALL F1 0.894):
    //   ALL P 0.922 R 0.926 F1 0.924 (tp 450, fp 38, fn 36)
    //   PER P 0.949 R 0.971 F1 0.960, ORG P 0.857 R 0.836 F1 0.847, LOC P 0.960 R 0.973 F1 0.967
    // compromise, scored the same way: ALL P 0.626 R 0.327 F1 0.430 (PER F1 0.279, ORG 0.149, LOC 0.757). Its errors were
    // read in the eighth session. The floor sits 0.05 below 0.919.
    private const double Wire18F1Floor = 0.87;

    // Wire19, a nineteenth blind set of fourteen by a nineteenth annotator, present-day agencies (an insurer's results, an
    // Andean telecom takeover, an AI model launch, an insider-trading order, an Ivorian reshuffle, fighting in Rakhine, a
    // forgery trial, a salt-substitute study, an exoplanet, an Arabic fiction prize, biathlon and marathon results, a
    // women's T20 match, a coalition's collapse in Lesotho). Written and measured like Wire18 (505 gold mentions); at
    // 67cac80:
    //   ALL P 0.891 R 0.943 F1 0.916 (tp 476, fp 58, fn 29)
    //   PER P 0.916 R 0.993 F1 0.953, ORG P 0.787 R 0.874 F1 0.828, LOC P 0.989 R 0.972 F1 0.981
    // and with all of the session's fixes (tentative entities included: ALL F1 0.899):
    //   ALL P 0.893 R 0.943 F1 0.917 (tp 476, fp 57, fn 29)
    //   PER P 0.922 R 0.993 F1 0.956, ORG P 0.791 R 0.874 F1 0.830, LOC P 0.983 R 0.972 F1 0.978
    // compromise, scored the same way: ALL P 0.717 R 0.412 F1 0.523 (PER F1 0.469, ORG 0.306, LOC 0.703). Its errors were
    // read in the eighth session. The floor sits 0.05 below 0.916.
    private const double Wire19F1Floor = 0.86;

    // Wire20, a twentieth blind set of fourteen by a twentieth annotator, in the style of the 1996 wire (Greek soccer
    // results and table, the Hopman Cup, Nordic skiing in Davos, a Sheffield Shield scoreboard, rugby in Padua, a golf
    // leaderboard, squash, the Madrid bourse, an Italian bond auction, Skopje's name talks, Tashkent water talks, a
    // Marseille bribery trial, an Izmir hotel fire, a shipbuilder's results). Written in the eighth session and measured
    // once before any of its errors were read (581 gold PER/ORG/LOC mentions), the same on the engine at the session's
    // start (e8952d4) and with the session's first fixes (b0f1ce2):
    //   ALL P 0.934 R 0.948 F1 0.941 (tp 551, fp 39, fn 30)
    //   PER P 0.976 R 0.960 F1 0.968, ORG P 0.801 R 0.924 F1 0.858, LOC P 0.984 R 0.950 F1 0.967
    // (with tentative entities included: ALL F1 0.909). compromise, scored the same way: ALL P 0.715 R 0.418 F1 0.528
    // (PER F1 0.426, ORG 0.291, LOC 0.731). The floor sits 0.05 below 0.941.
    private const double Wire20F1Floor = 0.89;

    // Wire21, a twenty-first blind set of fourteen by a twenty-first annotator, present-day agencies (a cyber-security
    // listing in Tallinn, a spectrum auction in Nairobi, a Lisbon insurer's half year, a payments takeover in São Paulo, a
    // Dutch privacy fine, a confidence vote in Podgorica, an ambush in Cabo Delgado, a satellite-launch ruling in London, a
    // measles drive in Manila, a Danube sturgeon study, a lost Yiddish novel, ski jumping, rugby sevens and Copa
    // Libertadores results). Measured like Wire20 (483 gold mentions); at e8952d4:
    //   ALL P 0.873 R 0.909 F1 0.890 (tp 439, fp 64, fn 44)
    //   PER P 0.828 R 0.976 F1 0.896, ORG P 0.816 R 0.842 F1 0.829, LOC P 0.947 R 0.943 F1 0.945
    // and with the session's first fixes (b0f1ce2), still blind:
    //   ALL P 0.884 R 0.915 F1 0.899 (tp 442, fp 58, fn 41)
    //   PER P 0.845 R 0.976 F1 0.906, ORG P 0.836 R 0.858 F1 0.847, LOC P 0.947 R 0.943 F1 0.945
    // compromise, scored the same way: ALL P 0.707 R 0.410 F1 0.519 (PER F1 0.467, ORG 0.210, LOC 0.727). The floor sits
    // 0.05 below 0.890.
    private const double Wire21F1Floor = 0.84;

    // Wire22, a twenty-second blind set of fourteen by a twenty-second annotator, in the style of the 1996 wire (Swiss
    // soccer results, a super-G in Val d'Isère, a Sharjah scoreboard, a golf leaderboard, the São Silvestre race, Spanish
    // basketball, Welsh rugby, Johannesburg shares, Kuala Lumpur tin, the peso, a vote in Yerevan, a tanker fraud trial in
    // Piraeus, the Pacaya eruption, a cement maker's results). Written in the eighth session after the fixes from Wire16 to
    // Wire21 were made, and measured once before any of its errors were read (523 gold PER/ORG/LOC mentions), at the
    // session's start (e8952d4):
    //   ALL P 0.947 R 0.948 F1 0.947 (tp 496, fp 28, fn 27)
    //   PER P 0.970 R 0.985 F1 0.978, ORG P 0.887 R 0.908 F1 0.897, LOC P 0.986 R 0.947 F1 0.966
    // and with those fixes (9deef29; tentative entities included: ALL F1 0.918):
    //   ALL P 0.956 R 0.948 F1 0.952 (tp 496, fp 23, fn 27)
    //   PER P 0.970 R 0.985 F1 0.978, ORG P 0.913 R 0.908 F1 0.910, LOC P 0.986 R 0.947 F1 0.966
    // compromise, scored the same way: ALL P 0.663 R 0.354 F1 0.461 (PER F1 0.445, ORG 0.185, LOC 0.669). The floor
    // sits 0.05 below 0.947.
    private const double Wire22F1Floor = 0.90;

    // Wire23, a twenty-third blind set of fourteen by a twenty-third annotator, present-day agencies (an AI coding tool
    // in Bengaluru, a telecom outage in Manila, a Zurich reinsurer's results, a robotics takeover in Tokyo, Kivu talks in
    // Luanda, a media-law protest in Tbilisi, a football agent's tax trial, a sickle-cell gene therapy, a film restored in
    // Hanoi, judo results, a Sudamericana final, Dubai tennis, a crypto exchange's licence, a judge's impeachment).
    // Measured like Wire22 (532 gold mentions); at e8952d4:
    //   ALL P 0.922 R 0.949 F1 0.935 (tp 505, fp 43, fn 27)
    //   PER P 0.936 R 0.982 F1 0.958, ORG P 0.851 R 0.892 F1 0.871, LOC P 0.983 R 0.978 F1 0.981
    // and at 9deef29 (tentative entities included: ALL F1 0.911):
    //   ALL P 0.925 R 0.953 F1 0.939 (tp 507, fp 41, fn 25)
    //   PER P 0.942 R 0.982 F1 0.961, ORG P 0.853 R 0.903 F1 0.877, LOC P 0.989 R 0.978 F1 0.983
    // compromise, scored the same way: ALL P 0.761 R 0.491 F1 0.597 (PER F1 0.623, ORG 0.345, LOC 0.754). The floor
    // sits 0.05 below 0.935.
    private const double Wire23F1Floor = 0.88;

    // Wire24, a twenty-fourth blind set of fourteen by a twenty-fourth annotator, in the style of the 1996 wire (Austrian
    // soccer results, a Manila golf leaderboard, a Melbourne one-day scoreboard, the Kremlin Cup, a Sestriere slalom,
    // English rugby, Finnish ice hockey, the Oslo bourse, New York cotton, Slovenian coalition talks, EU fisheries talks in
    // Rabat, a smuggling trial in Nicosia, a derailment in Mozambique, a company's half year). Written at the end of the
    // eighth session, after all its fixes, and measured once (504 gold PER/ORG/LOC mentions), at the session's start
    // (e8952d4):
    //   ALL P 0.929 R 0.940 F1 0.935 (tp 474, fp 36, fn 30)
    //   PER P 0.948 R 0.995 F1 0.971, ORG P 0.905 R 0.884 F1 0.895, LOC P 0.933 R 0.939 F1 0.936
    // and with all of the session's fixes (0b7f1f2; tentative entities included: ALL F1 0.903):
    //   ALL P 0.933 R 0.942 F1 0.938 (tp 475, fp 34, fn 29)
    //   PER P 0.953 R 0.995 F1 0.973, ORG P 0.906 R 0.890 F1 0.898, LOC P 0.939 R 0.939 F1 0.939
    // compromise, scored the same way: ALL P 0.606 R 0.339 F1 0.435 (PER F1 0.300, ORG 0.255, LOC 0.678). Its errors
    // were read at the end of the eighth session. The floor sits 0.05 below 0.935.
    private const double Wire24F1Floor = 0.88;

    // Wire25, a twenty-fifth blind set of fourteen by a twenty-fifth annotator, present-day agencies (a speech model in
    // Seoul, a tower sale in Jakarta, a Taipei insurer's results, a game studio takeover in Helsinki, face scans for
    // ride-hailing in Brasília, a coalition deal in Paramaribo, clashes in Mindanao, a bribery verdict in Vilnius, a soil
    // antibiotic, a literature prize, swimming results, handball, an Asian Cup qualifier, rapid chess). Measured like
    // Wire24 (453 gold mentions); at e8952d4:
    //   ALL P 0.892 R 0.896 F1 0.894 (tp 406, fp 49, fn 47)
    //   PER P 0.898 R 0.974 F1 0.934, ORG P 0.872 R 0.811 F1 0.840, LOC P 0.910 R 0.940 F1 0.925
    // and at 0b7f1f2 (tentative entities included: ALL F1 0.881):
    //   ALL P 0.901 R 0.903 F1 0.902 (tp 409, fp 45, fn 44)
    //   PER P 0.912 R 0.974 F1 0.942, ORG P 0.878 R 0.816 F1 0.846, LOC P 0.917 R 0.954 F1 0.935
    // compromise, scored the same way: ALL P 0.745 R 0.433 F1 0.547 (PER F1 0.500, ORG 0.337, LOC 0.771). Its errors
    // were read at the end of the eighth session. The floor sits 0.05 below 0.894.
    private const double Wire25F1Floor = 0.84;

    // Wire26, a twenty-sixth blind set of fourteen by a twenty-sixth annotator, in the style of the 1996 wire (French
    // soccer results, a Sydney Test scoreboard, golf at Sun City, European Cup rugby, Swiss ice hockey, the Sydney to Hobart,
    // Italian volleyball, the Istanbul bourse, the Mombasa tea auction, the Swedish crown, a coalition row in Bratislava, an
    // arms trial in Lisbon, a Kamchatka earthquake, a tile maker's results). Written at the end of the eighth session and
    // measured once (483 gold PER/ORG/LOC mentions), at the session's start (e8952d4):
    //   ALL P 0.883 R 0.923 F1 0.903 (tp 446, fp 59, fn 37)
    //   PER P 0.928 R 0.959 F1 0.943, ORG P 0.882 R 0.878 F1 0.880, LOC P 0.837 R 0.959 F1 0.894
    // and with all of the session's fixes (3017ef7; tentative entities included: ALL F1 0.882):
    //   ALL P 0.891 R 0.928 F1 0.909 (tp 448, fp 55, fn 35)
    //   PER P 0.941 R 0.973 F1 0.957, ORG P 0.886 R 0.878 F1 0.882, LOC P 0.843 R 0.959 F1 0.897
    // compromise, scored the same way: ALL P 0.558 R 0.277 F1 0.371 (PER F1 0.400, ORG 0.123, LOC 0.586). Its errors
    // were read at the end of the eighth session. The floor sits 0.05 below 0.903.
    private const double Wire26F1Floor = 0.85;

    // Wire27, a twenty-seventh blind set of fourteen by a twenty-seventh annotator, present-day agencies (an AI dubbing
    // start-up's funding, a tower sale in Lusaka, a Seoul insurer's results, a chipmaker takeover in Osaka, a pricing case
    // in Ottawa, a speaker vote in Tegucigalpa, a drone strike near Mopti, a sanctions trial in Hamburg, a sleep study in
    // Cusco, the Istanbul Biennial's curator, Polish soccer results, Rotterdam tennis, the Tour Down Under, a battery plant
    // in Jakarta). Measured like Wire26 (455 gold mentions); at e8952d4:
    //   ALL P 0.888 R 0.941 F1 0.914 (tp 428, fp 54, fn 27)
    //   PER P 0.950 R 1.000 F1 0.975, ORG P 0.791 R 0.890 F1 0.838, LOC P 0.993 R 0.964 F1 0.978
    // and at 3017ef7 (tentative entities included: ALL F1 0.905):
    //   ALL P 0.902 R 0.947 F1 0.924 (tp 431, fp 47, fn 24)
    //   PER P 0.958 R 1.000 F1 0.979, ORG P 0.812 R 0.905 F1 0.856, LOC P 1.000 R 0.964 F1 0.982
    // compromise, scored the same way: ALL P 0.668 R 0.358 F1 0.466 (PER F1 0.521, ORG 0.256, LOC 0.640). Its errors
    // were read at the end of the eighth session. The floor sits 0.05 below 0.914.
    private const double Wire27F1Floor = 0.86;

    // Wire28, a twenty-eighth blind set of fourteen by a twenty-eighth annotator, in the style of the 1996 wire (Danish
    // soccer results, a Faisalabad scoreboard, luge in Sigulda, the Australian PGA, Czech ice hockey, cyclo-cross, a
    // Brazilian semi-final, the Bucharest bourse, a Christchurch wool auction, the Prague crown, a confidence vote in
    // Vanuatu, a bank fraud trial in Valletta, a building collapse in Cairo, a textile maker's results). Written at the
    // very end of the eighth session, after all its fixes, and measured once (411 gold PER/ORG/LOC mentions), at the
    // session's start (e8952d4):
    //   ALL P 0.944 R 0.946 F1 0.945 (tp 389, fp 23, fn 22)
    //   PER P 0.945 R 0.975 F1 0.960, ORG P 0.934 R 0.883 F1 0.908, LOC P 0.952 R 0.976 F1 0.964
    // and with all of the session's fixes (bdd7fdf; tentative entities included: ALL F1 0.920):
    //   ALL P 0.959 R 0.956 F1 0.957 (tp 393, fp 17, fn 18)
    //   PER P 0.957 R 0.975 F1 0.966, ORG P 0.944 R 0.914 F1 0.929, LOC P 0.976 R 0.976 F1 0.976
    // compromise, scored the same way: ALL P 0.702 R 0.372 F1 0.486 (PER F1 0.463, ORG 0.184, LOC 0.721). Its errors
    // were read in the thirteenth session (general fixes from the four sets' errors, at its last commit; tentative entities
    // included: ALL F1 0.943):
    //   ALL P 0.983 R 0.978 F1 0.980 (tp 402, fp 7, fn 9)
    //   PER P 0.981 R 0.994 F1 0.988, ORG P 0.976 R 0.953 F1 0.964, LOC P 0.992 R 0.984 F1 0.988
    // The floor sits 0.05 below 0.945.
    private const double Wire28F1Floor = 0.89;

    // Wire29, a twenty-ninth blind set of fourteen by a twenty-ninth annotator, present-day agencies (a fibre network
    // sale in Santiago, a Casablanca insurer's results, a game AI takeover in Tokyo, a privacy regulator and an AI app in
    // Sydney, a mining-law protest in Ulaanbaatar, clashes in Upper Nile, a passport bribery trial in Valletta, a TB
    // vaccine trial in Dakar, microplastics in Baikal, the Marrakech film festival, luge, Acapulco tennis, Paris-Nice, the
    // CAF Champions League). Measured like Wire28 (494 gold mentions); at e8952d4:
    //   ALL P 0.893 R 0.925 F1 0.909 (tp 457, fp 55, fn 37)
    //   PER P 0.884 R 0.993 F1 0.935, ORG P 0.857 R 0.833 F1 0.845, LOC P 0.936 R 0.964 F1 0.950
    // and at bdd7fdf (tentative entities included: ALL F1 0.911):
    //   ALL P 0.920 R 0.949 F1 0.934 (tp 469, fp 41, fn 25)
    //   PER P 0.948 R 0.993 F1 0.970, ORG P 0.878 R 0.883 F1 0.881, LOC P 0.938 R 0.982 F1 0.959
    // compromise, scored the same way: ALL P 0.681 R 0.372 F1 0.482 (PER F1 0.545, ORG 0.226, LOC 0.630). Its errors
    // were read in the thirteenth session (at its last commit; tentative entities included: ALL F1 0.933):
    //   ALL P 0.948 R 0.966 F1 0.957 (tp 477, fp 26, fn 17)
    //   PER P 0.986 R 1.000 F1 0.993, ORG P 0.922 R 0.922 F1 0.922, LOC P 0.943 R 0.982 F1 0.962
    // The floor sits 0.05 below 0.909.
    private const double Wire29F1Floor = 0.85;

    // Wire30, a thirtieth blind set of fourteen by a thirtieth annotator, in the style of the 1996 wire (Mexican soccer and
    // Greek basketball results, a figure-skating Nations Cup, bobsleigh in Igls, the Ghent Six Days, English first division,
    // a Bulawayo scoreboard, the Budapest bourse, NYMEX crude, Bougainville peace talks, a tax trial in Bergen, floods in
    // Upper Egypt, a turbine maker's results, border talks in Riga). Written at the very end of the eighth session and
    // measured once (607 gold PER/ORG/LOC mentions): at the session's start (e8952d4)
    //   ALL P 0.942 R 0.942 F1 0.942 (tp 572, fp 35, fn 35)
    // and with all of its fixes (58b86f9, and the same with the last ones, 73ac813; tentative entities included: ALL
    // F1 0.922):
    //   ALL P 0.949 R 0.949 F1 0.949 (tp 576, fp 31, fn 31)
    //   PER P 0.969 R 0.979 F1 0.974, ORG P 0.908 R 0.920 F1 0.914, LOC P 0.978 R 0.953 F1 0.966
    // compromise, scored the same way: ALL P 0.621 R 0.362 F1 0.458 (PER F1 0.471, ORG 0.225, LOC 0.617). Its errors
    // were read in the thirteenth session (at its last commit; tentative entities included: ALL F1 0.938):
    //   ALL P 0.967 R 0.964 F1 0.965 (tp 585, fp 20, fn 22)
    //   PER P 0.995 R 0.990 F1 0.992, ORG P 0.934 R 0.942 F1 0.938, LOC P 0.979 R 0.963 F1 0.971
    // The floor sits 0.05 below 0.942.
    private const double Wire30F1Floor = 0.89;

    // Wire31, a thirty-first blind set of fourteen by a thirty-first annotator, present-day agencies (a 5G licence dispute in
    // Accra, a Pune insurer's results, a factory-software takeover in Stuttgart, a chatbot privacy inquiry in Dublin, a budget
    // vote in Dili, a truce in Shan State, a pension fraud verdict in Buenos Aires, mpox vaccination in Kampala, a comet found
    // on Tenerife, the Dakar Biennale, canoe slalom results, the J1 League's last day, hockey in Bhubaneswar, a Jakarta
    // E-Prix). Measured like Wire30 (451 gold mentions): at e8952d4
    //   ALL P 0.856 R 0.882 F1 0.869 (tp 398, fp 67, fn 53)
    // and at 58b86f9 and 73ac813 (tentative entities included: ALL F1 0.853):
    //   ALL P 0.860 R 0.882 F1 0.871 (tp 398, fp 65, fn 53)
    //   PER P 0.871 R 0.982 F1 0.923, ORG P 0.820 R 0.774 F1 0.797, LOC P 0.890 R 0.933 F1 0.911
    // compromise, scored the same way: ALL P 0.739 R 0.428 F1 0.542 (PER F1 0.474, ORG 0.364, LOC 0.727). Its errors
    // were read in the thirteenth session (at its last commit; tentative entities included: ALL F1 0.909):
    //   ALL P 0.920 R 0.938 F1 0.929 (tp 423, fp 37, fn 28)
    //   PER P 0.940 R 1.000 F1 0.969, ORG P 0.871 R 0.876 F1 0.873, LOC P 0.958 R 0.963 F1 0.960
    // About two-fifths of the gain is one story (the J1 League's last day: clubs found as sides by their captain and by
    // the score won at them). The floor sits 0.05 below 0.869.
    private const double Wire31F1Floor = 0.81;

    // Wire32, a thirty-second blind set of fourteen by a thirty-second annotator, in the style of the 1996 wire (a World
    // Cup downhill at Val d'Isere, NHL results and standings, snooker's German Open, the handball Bundesliga, the European
    // cross country, Bombay shares, LME metals, the dollar and the mark, Georgia and Abkhazia, Sierra Leone's truce,
    // Ecuador's unions, Belgrade's protests, a Dutch bid for a Polish brewer, a fraud trial in Singapore). Written in the
    // thirteenth session while Wire28's to Wire31's errors were being read, and scored without reading its own (573 gold
    // mentions); at the session's start (ab8a906):
    //   ALL P 0.943 R 0.951 F1 0.947 (tp 545, fp 33, fn 28)
    //   PER P 0.955 R 0.994 F1 0.974, ORG P 0.905 R 0.883 F1 0.894, LOC P 0.970 R 0.985 F1 0.977
    // With all of the session's fixes it fell to 0.928; one fix (a headline's sport before a hyphen is no name) made all
    // of that loss and was taken back, and with the rest (tentative entities included: ALL F1 0.927):
    //   ALL P 0.945 R 0.953 F1 0.949 (tp 546, fp 32, fn 27)
    //   PER P 0.961 R 0.994 F1 0.977, ORG P 0.905 R 0.883 F1 0.894, LOC P 0.970 R 0.990 F1 0.980
    // compromise, scored the same way: ALL P 0.621 R 0.398 F1 0.485. Its errors were read in the fourteenth session, whose
    // fixes took it to ALL P 0.955 R 0.962 F1 0.958 (tp 551, fp 26, fn 22; ORG 0.910). The floor sits 0.05 below 0.947.
    private const double Wire32F1Floor = 0.89;

    // Wire33, a thirty-third blind set of fourteen by a thirty-third annotator, present-day agencies (AI chip export rules,
    // a Colombian rate cut, Malawi's election, a copper miner's landslide in Chile, an Antwerp port strike, a Seoul court
    // and a ride-hailing app, mpox in Uganda, floods in Rio Grande do Sul, a Benfica transfer, a T20 in Colombo, the
    // Zurich Diamond League, the Venice Golden Lion, an H3 launch, a pump makers' merger). Scored like Wire32 (571 gold
    // mentions); at ab8a906:
    //   ALL P 0.916 R 0.935 F1 0.925 (tp 534, fp 49, fn 37)
    //   PER P 0.901 R 0.994 F1 0.945, ORG P 0.861 R 0.839 F1 0.850, LOC P 0.977 R 0.982 F1 0.979
    // and with the session's fixes (tentative entities included: ALL F1 0.896):
    //   ALL P 0.921 R 0.937 F1 0.929 (tp 535, fp 46, fn 36)
    //   PER P 0.906 R 1.000 F1 0.951, ORG P 0.865 R 0.839 F1 0.852, LOC P 0.982 R 0.982 F1 0.982
    // compromise, scored the same way: ALL P 0.632 R 0.412 F1 0.498. Its errors were read in the fourteenth session, whose
    // fixes took it to ALL P 0.943 R 0.960 F1 0.951 (tp 548, fp 33, fn 23; ORG 0.898). The floor sits 0.05 below 0.925.
    private const double Wire33F1Floor = 0.87;

    // Wire34, a thirty-fourth blind set of fourteen by a thirty-fourth annotator, present-day agencies and business wires
    // (an Indian conglomerate's results, a Saudi IPO, Nigeria's 5G auction, a Peruvian port concession, a Vietnamese
    // fintech licence, Malaysian palm oil stocks, a Zambian copper strike, Ghana's cocoa, a Romanian bribery trial,
    // Córdoba's election, a New Britain earthquake, a lithium research partnership in Auckland, the Tour Down Under, a
    // Tbilisi festival). Scored like Wire32 (624 gold mentions); at ab8a906:
    //   ALL P 0.881 R 0.904 F1 0.892 (tp 564, fp 76, fn 60)
    //   PER P 0.833 R 0.957 F1 0.891, ORG P 0.818 R 0.847 F1 0.832, LOC P 0.975 R 0.937 F1 0.956
    // and with the session's fixes (tentative entities included: ALL F1 0.872):
    //   ALL P 0.887 R 0.909 F1 0.898 (tp 567, fp 72, fn 57)
    //   PER P 0.842 R 0.974 F1 0.903, ORG P 0.822 R 0.851 F1 0.836, LOC P 0.983 R 0.937 F1 0.960
    // compromise, scored the same way: ALL P 0.634 R 0.402 F1 0.492. Its errors were read in the fourteenth session, whose
    // fixes took it to ALL P 0.907 R 0.925 F1 0.916 (tp 577, fp 59, fn 47; PER P 0.896, ORG 0.865). The floor sits 0.05
    // below 0.892.
    private const double Wire34F1Floor = 0.84;

    // Wire35, a thirty-fifth blind set of fourteen by a thirty-fifth annotator, in the style of the 1996 wire (Dutch
    // first-division results, a Kenya v Sri Lanka scoreboard, the Czech Open's leaders, the U.S. Open's first round, a
    // Nations Cup qualifier in Accra, the Euphrates between Syria and Turkey, joint patrols on the Venezuelan border,
    // China and Vietnam's border talks, the peso, Ivorian cocoa, a Polish brewer, an Indian steel venture, a Cairo fraud
    // trial, an earthquake in southern Peru). Written in the fourteenth session before any of its fixes and scored
    // without reading its errors (650 gold mentions); at the session's start (949ae27):
    //   ALL P 0.925 R 0.926 F1 0.925 (tp 602, fp 49, fn 48)
    //   PER P 0.973 R 0.982 F1 0.977, ORG P 0.785 R 0.790 F1 0.787, LOC P 0.967 R 0.960 F1 0.964
    // compromise, scored the same way: P 0.675 R 0.434 F1 0.528. The floor sits 0.05 below 0.925.
    private const double Wire35F1Floor = 0.87;

    // Wire36, a thirty-sixth blind set of fourteen by a thirty-sixth annotator, present-day agencies (Malawi's run-off, a
    // Gulf summit's visa, Moldova's cabinet, a no-confidence vote in Honiara, Cabo Delgado, talks with the ELN, Bangladesh
    // Bank's rate, Chile's lithium contracts, Lassa fever, Himalayan glacial lakes, the Malaysia Open, Fiji v Samoa, a
    // journalist's trial in Batumi, the Red Sea film festival). Scored like Wire35 (580 gold mentions); at 949ae27:
    //   ALL P 0.922 R 0.916 F1 0.919 (tp 531, fp 45, fn 49)
    //   PER P 0.944 R 0.992 F1 0.967, ORG P 0.862 R 0.798 F1 0.829, LOC P 0.949 R 0.963 F1 0.956
    // compromise, scored the same way: P 0.601 R 0.384 F1 0.469. The floor sits 0.05 below 0.919.
    private const double Wire36F1Floor = 0.86;

    // Wire37, a thirty-seventh blind set of fourteen by a thirty-seventh annotator, present-day business and markets
    // wires (a Japanese motor-core maker's forecast, a Mumbai IPO, a German utility buying a Polish heat-pump maker, a
    // Korean AI chip start-up, a Nigerian payments app, Indonesia's nickel quotas, Gulf LNG contracts, Brazil's CADE and
    // a pharmacy merger, Transnet in court, AJet's groundings, canola and Chinese duties, Banxico, Big Bash League
    // stakes, Bundesliga results). Scored like Wire35 (589 gold mentions); at 949ae27:
    //   ALL P 0.867 R 0.900 F1 0.883 (tp 530, fp 81, fn 59)
    //   PER P 0.922 R 0.989 F1 0.954, ORG P 0.809 R 0.842 F1 0.825, LOC P 0.944 R 0.955 F1 0.950
    // compromise, scored the same way: P 0.637 R 0.372 F1 0.469. The floor sits 0.05 below 0.883.
    private const double Wire37F1Floor = 0.83;

    // Wire38, a thirty-eighth blind set of fourteen by a thirty-eighth annotator, in the style of the 1996 wire (Peruvian
    // first-division results and table, the German Open's leaderboard, county cricket scorecards, LME copper, a German
    // cable maker's half-year, Zambia's election, the UN and Iraq's oil-for-food deal, a Seoul court, a cyclone in Andhra
    // Pradesh, the peso and key rates, athletics in Brussels, English rugby, a Turkish censure motion, the Khasavyurt
    // accord). Written in the seventeenth session before any of its fixes and scored without reading its errors (648
    // gold mentions); at the session's start (443b4d8):
    //   ALL P 0.924 R 0.903 F1 0.913 (tp 585, fp 48, fn 63); PER F1 0.923, ORG 0.877, LOC 0.946
    // compromise, scored the same way: P 0.580 R 0.335 F1 0.425. The floor sits 0.05 below 0.913.
    private const double Wire38F1Floor = 0.86;

    // Wire39, a thirty-ninth blind set of fourteen by a thirty-ninth annotator, present-day agencies (Peru's first round,
    // a Korea-Japan summit, Sudan's talks, Kerala's polls, a malaria antibody trial, the Rio Negro's low, the Berlinale,
    // Zambian villagers against a London-listed miner, the Indian Open's leaderboard, a Basque derby with LaLiga results,
    // Turkey's rates with a markets table, Kenya's voter drive, Poland's SAFE arms deals, a Chinese EV maker). Scored like
    // Wire38 (693 gold mentions); at 443b4d8:
    //   ALL P 0.920 R 0.929 F1 0.925 (tp 644, fp 56, fn 49); PER F1 0.969, ORG 0.839, LOC 0.965
    // compromise, scored the same way: P 0.640 R 0.382 F1 0.479. The floor sits 0.05 below 0.925.
    private const double Wire39F1Floor = 0.87;

    // Wire40, a fortieth blind set of fourteen by a fortieth annotator, present-day business and technology wires with
    // title-case headlines (Samsung's memory chips, a Chinese AI start-up's model, euro zone bonds, Asian markets with a
    // table, a Mumbai IPO's subscription table, a platinum strike, a telecom merger probe, cocoa, a Lagos fintech,
    // Toyota's forecast, Brazil's Selic and Petrobras, a Paris AI launch, Nvidia's results, the lira). Scored like
    // Wire38 (620 gold mentions); at 443b4d8:
    //   ALL P 0.875 R 0.915 F1 0.894 (tp 567, fp 81, fn 53); PER F1 0.924, ORG 0.855, LOC 0.952
    // compromise, scored the same way: P 0.706 R 0.456 F1 0.554. The floor sits 0.05 below 0.894.
    private const double Wire40F1Floor = 0.84;

    private static double FloorOf(string set) => set switch
    {
        "Wire" => F1Floor,
        "Wire2" => Wire2F1Floor,
        "Wire3" => Wire3F1Floor,
        "Wire4" => Wire4F1Floor,
        "Wire5" => Wire5F1Floor,
        "Wire6" => Wire6F1Floor,
        "Wire7" => Wire7F1Floor,
        "Wire8" => Wire8F1Floor,
        "Wire9" => Wire9F1Floor,
        "Wire10" => Wire10F1Floor,
        "Wire11" => Wire11F1Floor,
        "Wire12" => Wire12F1Floor,
        "Wire13" => Wire13F1Floor,
        "Wire14" => Wire14F1Floor,
        "Wire15" => Wire15F1Floor,
        "Wire16" => Wire16F1Floor,
        "Wire17" => Wire17F1Floor,
        "Wire18" => Wire18F1Floor,
        "Wire19" => Wire19F1Floor,
        "Wire20" => Wire20F1Floor,
        "Wire21" => Wire21F1Floor,
        "Wire22" => Wire22F1Floor,
        "Wire23" => Wire23F1Floor,
        "Wire24" => Wire24F1Floor,
        "Wire25" => Wire25F1Floor,
        "Wire26" => Wire26F1Floor,
        "Wire27" => Wire27F1Floor,
        "Wire28" => Wire28F1Floor,
        "Wire29" => Wire29F1Floor,
        "Wire30" => Wire30F1Floor,
        "Wire31" => Wire31F1Floor,
        "Wire32" => Wire32F1Floor,
        "Wire33" => Wire33F1Floor,
        "Wire34" => Wire34F1Floor,
        "Wire35" => Wire35F1Floor,
        "Wire36" => Wire36F1Floor,
        "Wire37" => Wire37F1Floor,
        "Wire38" => Wire38F1Floor,
        "Wire39" => Wire39F1Floor,
        "Wire40" => Wire40F1Floor,
        _ => throw new ArgumentOutOfRangeException(nameof(set), set, "no floor for this wire set"),
    };

    private static int StoryCountOf(string set) => set is "Wire" or "Wire2" ? 12 : 14;

    /// <summary>The wire sets, each a folder under Data.</summary>
    public static TheoryData<string> Sets => new() { "Wire", "Wire2", "Wire3", "Wire4", "Wire5", "Wire6", "Wire7", "Wire8", "Wire9", "Wire10", "Wire11", "Wire12", "Wire13", "Wire14", "Wire15", "Wire16", "Wire17", "Wire18", "Wire19", "Wire20", "Wire21", "Wire22", "Wire23", "Wire24", "Wire25", "Wire26", "Wire27", "Wire28", "Wire29", "Wire30", "Wire31", "Wire32", "Wire33", "Wire34", "Wire35", "Wire36", "Wire37", "Wire38", "Wire39", "Wire40" };

    private readonly ITestOutputHelper _output;

    public WireEvaluationTests(ITestOutputHelper output) => _output = output;

    [Theory]
    [MemberData(nameof(Sets))]
    public void Wire_stories_meet_the_mention_level_floor(string set)
    {
        var total = Score(set, includeTentative: false, print: true);
        var withTentative = Score(set, includeTentative: true, print: false);

        _output.WriteLine(string.Empty);
        _output.WriteLine("OVERALL (mention level, exact span and type, PER/ORG/LOC, tentative entities excluded):");
        _output.WriteLine(total.ToString());
        _output.WriteLine(string.Empty);
        _output.WriteLine("With tentative entities included:");
        _output.WriteLine(withTentative.ToString());
        _output.WriteLine(string.Empty);
        _output.WriteLine("Confusion over exact spans (rows gold, columns predicted, '-' nothing there):");
        _output.WriteLine(total.Confusion());
        _output.WriteLine(string.Empty);
        _output.WriteLine($"FALSE NEGATIVES ({total.FalseNegatives.Count}; '?' marks a gold mention of uncertain CoNLL convention):");
        total.FalseNegatives.ForEach(_output.WriteLine);
        _output.WriteLine(string.Empty);
        _output.WriteLine($"FALSE POSITIVES ({total.FalsePositives.Count}):");
        total.FalsePositives.ForEach(_output.WriteLine);

        var f1 = total.Prf().F1;
        var floor = FloorOf(set);
        Assert.True(f1 >= floor, string.Create(CultureInfo.InvariantCulture, $"{set}: mention F1 {f1:F3} < {floor}\n{total}"));
    }

    /// <summary>
    /// Public newswire data comes one token after another with spaces between ("Germany 's", "( AP )", ", " he said"):
    /// read so, every set scores within 0.01 of the stories as written.
    /// </summary>
    [Theory]
    [MemberData(nameof(Sets))]
    public void Stories_tokenised_word_by_word_score_as_written(string set)
    {
        var written = Score(set, includeTentative: false, print: false).Prf().F1;
        var tokenised = new WireScore();
        foreach (var (name, text, gold) in WireGold.Stories(set))
        {
            var (spaced, spacedGold) = TokenisedText.Of(text, gold);
            var model = DocumentExtractor.Extract(name, spaced);
            tokenised.Add(WireScore.Of(name, spaced, spacedGold, WireScore.Predictions(model, spaced, includeTentative: false), model.Sentences.AsList()));
        }

        var f1 = tokenised.Prf().F1;
        _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{set}: F1 {written:F3} as written, {f1:F3} tokenised word by word"));
        Assert.True(f1 >= written - 0.01, string.Create(CultureInfo.InvariantCulture, $"{set}: tokenised F1 {f1:F3} < {written:F3} - 0.01\n{tokenised}"));
    }

    /// <summary>
    /// A day's wire in one file: every story of a set after the other, a blank line between. Each story's headline and
    /// dateline start a new story for the rules that read a story as a whole (the sports page's sides, the tables), so
    /// the set scores within 0.015 of its stories read one by one. What it loses is one kind per entity in a text:
    /// measured, 0.002-0.006 on eight sets and 0.010 on Wire5, whose NBA story makes Boston and New York sides that
    /// its art-auction story names as places.
    /// </summary>
    [Theory]
    [MemberData(nameof(Sets))]
    public void A_set_given_as_one_text_scores_as_its_stories_one_by_one(string set)
    {
        var oneByOne = Score(set, includeTentative: false, print: false).Prf().F1;
        var text = new System.Text.StringBuilder();
        var gold = new System.Collections.Generic.List<WireMention>();
        foreach (var (_, story, storyGold) in WireGold.Stories(set))
        {
            if (text.Length > 0)
            {
                text.Append("\n\n");
            }

            var offset = text.Length;
            text.Append(story);
            gold.AddRange(storyGold.Select(m => m with { Start = m.Start + offset }));
        }

        var all = text.ToString();
        var model = DocumentExtractor.Extract(set + ".txt", all);
        var f1 = WireScore.Of(set, all, gold, WireScore.Predictions(model, all, includeTentative: false), model.Sentences.AsList()).Prf().F1;
        _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{set}: F1 {oneByOne:F3} story by story, {f1:F3} as one text"));
        Assert.True(f1 >= oneByOne - 0.015, string.Create(CultureInfo.InvariantCulture, $"{set}: one text F1 {f1:F3} < {oneByOne:F3} - 0.015"));
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Each_set_has_its_wire_stories_of_wire_length_whose_gold_points_at_its_text(string set)
    {
        var stories = WireGold.Stories(set).ToList();

        Assert.Equal(StoryCountOf(set), stories.Count);
        foreach (var (name, text, gold) in stories)
        {
            var words = text.Split(new[] { ' ', '\n' }, StringSplitOptions.RemoveEmptyEntries).Length;
            // Present-day agency stories run longer than the 1996 wire's (Wire14's reach about 600 words).
            Assert.True(words is >= 150 and <= 650, $"{name}: {words} words");
            Assert.False(text.EndsWith("\n", StringComparison.Ordinal), $"{name} ends with a newline");
            Assert.NotEmpty(gold);
            foreach (var m in gold)
            {
                Assert.Contains(m.Type, new[] { "PER", "ORG", "LOC", "MISC" });
                Assert.Equal(m.Text, text.Substring(m.Start, m.Length));
            }

            Assert.All(gold.Zip(gold.Skip(1)), pair => Assert.True(pair.First.End <= pair.Second.Start, $"{name}: «{pair.First.Text}» overlaps «{pair.Second.Text}»"));
        }
    }

    private WireScore Score(string set, bool includeTentative, bool print)
    {
        var total = new WireScore();
        foreach (var (name, text, gold) in WireGold.Stories(set))
        {
            var model = DocumentExtractor.Extract(name, text);
            var predicted = WireScore.Predictions(model, text, includeTentative);
            var score = WireScore.Of(name, text, gold, predicted, model.Sentences.AsList());
            if (print)
            {
                var (p, r, f, tp, fp, fn) = score.Prf();
                _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: P {p:F3} R {r:F3} F1 {f:F3} (tp {tp}, fp {fp}, fn {fn})"));
            }

            total.Add(score);
        }

        return total;
    }
}
