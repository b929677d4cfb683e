namespace Extractor.Core.Events.Rules;

/// <summary>
/// Trigger words and phrases for the 16 PLOVER types, written for Extractor from the type and mode
/// definitions of the PLOVER manual (Open Event Data Alliance, DRAFT Version 2.0, CC BY-SA 4.0), the
/// event phrases of its gold-standard records (PLOVER_GSR_CAMEO) and the CAMEO→PLOVER crosswalk.
/// Manual decisions followed here: signing or ratifying an agreement is SUPPORT; withdrawing from
/// talks or mediation is SANCTION:withdraw; a cancelled meeting is REJECT:meet; calling off a strike
/// is CONCEDE. Notation: <c>word+</c> expands to the regular forms (attack, attacks, attacked,
/// attacking); <c>a_b</c> is a phrase of tokens a b; a mode of <c>-</c> means the word does not decide it.
/// </summary>
internal static class TriggerLexicon
{
    private static readonly string[] Table =
    [
        "ASSAULT - attack+ assault+ kill+ killings murder+ massacre+ slay slew slain clash+ fought fighting struck bomb+ bombings shell+ "
            + "wounded ambush ambushed ambushes ambushing raid+ opened_fire open_fire opens_fire gunfight gunfights firefight",
        "ASSAULT aerial airstrike airstrikes air-strike air-strikes air_strike air_strikes air_raid air_raids",
        "ASSAULT drone drone_strike drone_strikes drone_attack drone_attacks",
        "ASSAULT firearms shoot shoots shot shooting shootings gunned_down",
        "ASSAULT explosives car_bomb suicide_bombing",
        "ASSAULT abduct kidnap kidnaps kidnapped kidnapping kidnappings abduct+ abduction abductions",
        "ASSAULT torture torture+",
        "ASSAULT targeted assassinate+ assassination assassinations",
        "ASSAULT sexual rape+",
        "ASSAULT beat beat beats beaten beating beatings beat_up",
        "ASSAULT sexual sexually_abused sexually_assaulted",
        "ASSAULT - invade+ invasion ethnic_cleansing",
        "ASSAULT destroy destroy+ torched",
        "COERCE arrest arrest+ detain+ detention detentions",
        "COERCE deport deport+ deportation deportations",
        "COERCE seize seize+ seizure confiscate+",
        "COERCE curfew curfew curfews",
        "COERCE martial-law martial_law",
        "COERCE censor censor+ censorship",
        "COERCE restrict crackdown cracked_down cracks_down banned outlawed prevented blockade blockades reimposed",
        "COERCE - demolish+",
        "COERCE cyber deface+",
        "COERCE cyber hack+ cyberattack cyberattacks",
        "SANCTION - sanctions sanctioned embargo embargoes suspension prohibit+ forced_out deny_entry",
        "SANCTION convict convict+ sentenced",
        "SANCTION expel expel expels expelled expelling expulsion displaced",
        "SANCTION discontinue severed downgraded",
        "REJECT - reject+ rejection refuse+ refusal veto vetoed vetoes turned_down turns_down decline+ oppose+ renege+ dismiss+",
        "CONSULT - meet meets met meeting meetings talks negotiate+ negotiations negotiation consult+ consultations "
            + "discussions summit summits held_talks hold_talks holds_talks sat_across_from sat_down_with sit_down_with "
            + "shook_hands shaking_hands",
        "CONSULT visit visit+ hosted",
        "CONSULT phone telephoned phoned phone_call phone_calls spoke_by_phone",
        "CONSULT third-party mediate+ mediation",
        "AGREE - agree+ agreement agreements deal accord promise+ pledge+ offer+ vowed_to accept+ consensus",
        "SUPPORT - sign signs signed signing ratify ratified ratifies praise+ welcome+ endorse+ commend+ apologize+ apologise+ backed support+ defend+ forgive forgives forgave upgraded diplomatic_ties",
        "CONCEDE - concede+ concession concessions eased shortened lift lifts lifted lifting",
        "COOPERATE - cooperate+ cooperation collaborate+ extradite+ extradition joint_exercises war_games share shares shared sharing",
        "AID - aid donate+ donation donations humanitarian_assistance asylum grant provide+ evacuate+ contribute+",
        "RETREAT withdraw withdraw withdraws withdrew withdrawn withdrawing withdrawal pulled_out",
        "RETREAT release release+ freed compensation",
        "RETREAT disarm disarm+ disarmament demobilize+ demobilise+ demobilization surrender+",
        "RETREAT ceasefire ceasefire ceasefires cease-fire truce",
        "RETREAT resign resign+ resignation stepped_down",
        "REQUEST - demand+ urge+ called_for call_for calls_for called_on calls_on request+ appeal+ must pressure+ pressing_for",
        "ACCUSE - accuse+ accusation accusations blame+ condemn+ condemnation denounce+ criticize+ criticise+ criticism charged indict+ complain+ sue sued suing summoned",
        "ACCUSE allege allegation allegations",
        "ACCUSE investigate investigate+ investigation investigations probe",
        "THREATEN - threaten+ threat threats warn+ ultimatum",
        "PROTEST demo protest protests protested protesting protesters demonstrate+ demonstration demonstrations demonstrators rally rallies rallied march marched marches marchers",
        "PROTEST riot riot+ riots",
        "PROTEST strike went_on_strike go_on_strike walkout general_strike national_strike",
        "PROTEST hunger hunger_strike",
        "PROTEST obstruct block+",
        "PROTEST boycott boycott+",
        "MOBILIZE troops deploy+ deployment deployments sent_troops mobilize+ mobilise+ mobilization reinforcements reinforced on_alert",
        "MOBILIZE police patrols",
    ];

    private static readonly Dictionary<string, TriggerEntry> Words = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, List<(string[] Tokens, TriggerEntry Entry)>> Phrases = new(StringComparer.Ordinal);

    static TriggerLexicon()
    {
        foreach (var line in Table)
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var entry = new TriggerEntry(Enum.Parse<PloverType>(parts[0], ignoreCase: true), parts[1] == "-" ? null : parts[1]);
            foreach (var item in parts.AsSpan(2))
            {
                foreach (var form in Expand(item))
                {
                    if (form.Contains('_', StringComparison.Ordinal))
                    {
                        var tokens = form.Split('_');
                        if (!Phrases.TryGetValue(tokens[0], out var list)) Phrases[tokens[0]] = list = [];
                        list.Add((tokens, entry));
                        list.Sort((a, b) => b.Tokens.Length.CompareTo(a.Tokens.Length));
                    }
                    else
                    {
                        Words.TryAdd(form, entry);
                    }
                }
            }
        }
    }

    public static bool TryWord(string lower, out TriggerEntry entry) => Words.TryGetValue(lower, out entry);

    /// <summary>Phrases that start with <paramref name="lower"/>, longest first.</summary>
    public static IReadOnlyList<(string[] Tokens, TriggerEntry Entry)> PhrasesStartingWith(string lower) =>
        Phrases.TryGetValue(lower, out var list) ? list : [];

    private static IEnumerable<string> Expand(string item)
    {
        if (!item.EndsWith('+'))
        {
            yield return item;
            yield break;
        }

        var stem = item[..^1];
        yield return stem;
        yield return stem.EndsWith('s') || stem.EndsWith("sh", StringComparison.Ordinal) || stem.EndsWith("ch", StringComparison.Ordinal) ? stem + "es" : stem + "s";
        if (stem.EndsWith('e'))
        {
            yield return stem + "d";
            yield return stem.EndsWith("ee", StringComparison.Ordinal) ? stem + "ing" : stem[..^1] + "ing";
        }
        else if (stem.Length > 2 && stem.EndsWith('y') && !"aeiou".Contains(stem[^2], StringComparison.Ordinal))
        {
            yield return stem[..^1] + "ies";
            yield return stem[..^1] + "ied";
            yield return stem + "ing";
        }
        else
        {
            yield return stem + "ed";
            yield return stem + "ing";
        }
    }
}
