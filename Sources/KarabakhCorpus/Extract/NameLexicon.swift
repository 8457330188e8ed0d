/// The word lists the name finder and the quote finder reason with: titles that mark
/// people, head words that mark organizations, words that mark places, verbs of
/// saying, and capitalised words that start sentences without being names.
enum NameLexicon {
    /// Titles and roles that stand before a person's name (`Foreign Minister`,
    /// `President`, `Senior Advisor`), lower-cased.
    static let titleWords: Set<String> = [
        "president", "vice", "prime", "minister", "ministers", "foreign", "defense", "defence", "deputy", "ambassador",
        "envoy", "spokesperson", "spokesman", "spokeswoman", "senator", "congressman", "congresswoman",
        "representative", "mp", "chairman", "chairwoman", "chairperson", "chair", "co-chair", "head", "leader",
        "secretary", "director", "commander", "general", "colonel", "lieutenant", "major", "captain", "mr", "mrs", "ms",
        "dr", "professor", "prof", "adviser", "advisor", "assistant", "aide", "ombudsman", "ombudsperson", "mayor",
        "governor", "patriarch", "archbishop", "bishop", "catholicos", "pope", "king", "queen", "prince", "sheikh",
        "emir", "chancellor", "premier", "speaker", "lawmaker", "official", "officer", "diplomat", "member", "chief",
        "coordinator", "rapporteur", "commissioner", "counsellor", "counselor", "consul", "press", "senior", "special",
        "personal", "former", "acting", "first", "state", "high", "executive", "sergeant", "private", "marshal",
        "admiral", "justice", "judge", "prosecutor", "mufti", "imam", "father", "archpriest", "rev", "ayatollah",
        "sen", "rep", "gen", "col", "lt", "maj", "capt", "amb", "mrs.", "mr.", "ms.", "dr.", "journalist", "analyst",
        "expert", "researcher", "activist", "blogger", "writer", "historian", "political", "scientist", "co-chairs",
        "counterpart", "colleague",
        "chairs", "head of state",
    ]

    /// Nouns that refer back to a person in a role: `the chairman noted`.
    static let roleNouns: Set<String> = [
        "president", "minister", "chairman", "chairwoman", "chairperson", "chair", "head", "leader", "ambassador",
        "envoy", "spokesman", "spokeswoman", "spokesperson", "official", "diplomat", "mp", "lawmaker", "senator",
        "congressman", "congresswoman", "premier", "prime minister", "foreign minister", "defense minister",
        "defence minister", "advisor", "adviser", "commander", "ombudsman", "mayor", "governor", "representative",
        "secretary", "director", "deputy", "co-chair", "analyst", "expert", "journalist", "activist", "officer",
    ]

    /// Head words of organization names (`Minsk Group`, `Security Council`), lower-cased.
    static let organizationWords: Set<String> = [
        "group", "council", "ministry", "union", "committee", "party", "parliament", "assembly", "community", "caucus",
        "agency", "organization", "organisation", "association", "foundation", "institute", "center", "centre", "bank",
        "court", "commission", "office", "service", "army", "forces", "front", "movement", "alliance", "federation",
        "society", "company", "corporation", "university", "network", "initiative", "fund", "programme", "program",
        "mission", "department", "administration", "government", "cabinet", "embassy", "media", "club", "league",
        "coalition", "bureau", "authority", "authorities", "directorate", "secretariat", "board", "senate", "house",
        "congress", "church", "patriarchate", "brigade", "battalion", "corps", "guard", "police", "troops",
        "contingent", "command", "fleet", "academy", "school", "hospital", "museum", "channel", "radio", "press",
        "inc", "ltd", "llc", "holding", "airlines", "railways", "chamber", "tribunal", "diaspora", "cooperation",
        "co-operation", "council's", "synod", "parliamentary", "delegation", "majlis", "duma", "rada", "consulate",
        "platform", "watch", "observatory", "bloc", "trust", "forum",
    ]

    /// Capitalised last words that make a name a place: `Renaissance Square`,
    /// `Hakari Bridge`, `Ghazanchetsots Cathedral`.
    static let placeHeads: Set<String> = [
        "square", "street", "avenue", "boulevard", "bridge", "airport", "park", "cathedral", "monastery", "mosque",
        "mountain", "mountains", "river", "lake", "valley", "gorge", "pass", "hill", "heights", "highway", "station",
        "stadium", "palace", "memorial", "checkpoint", "reservoir", "plateau", "peninsula", "sea", "island",
    ]

    /// Lower-case nouns after a name that make it an organization: `Troika Dialog investment bank`.
    static let organizationNouns: Set<String> = [
        "bank", "company", "firm", "party", "agency", "group", "foundation", "newspaper", "channel", "organization",
        "organisation", "movement", "association", "fund", "network", "website", "portal", "outlet", "broadcaster",
        "think-tank", "institute", "university", "corporation", "holding",
    ]

    /// Words after a name that make it a place (`Yevlakh city`, `Tartar district`).
    static let placeNouns: Set<String> = [
        "city", "town", "village", "district", "region", "province", "settlement", "river", "mountain", "mountains",
        "valley", "lake", "border", "corridor", "highway", "road", "airport", "territory", "territories",
        "municipality", "raion", "oblast", "marz", "heights", "pass",
    ]

    /// Words that make a capitalised run an event, a document or a period, not a
    /// person: `Second Karabakh War`, `Madrid Principles`.
    static let eventWords: Set<String> = [
        "war", "wars", "conflict", "agreement", "declaration", "statement", "accord", "accords", "summit", "treaty",
        "ceasefire", "operation", "conference", "games", "day", "week", "prize", "award", "festival", "act",
        "law", "resolution", "resolutions", "convention", "charter", "plan", "principles", "protocol", "protocols",
        "road", "corridor", "republic", "province", "region", "district", "era", "genocide", "massacre", "tragedy",
        "olympics", "cup", "championship", "constitution", "decree", "order", "report", "index", "strategy",
    ]

    /// Endings of the region's surnames: Armenian (`-yan`, `-ian`, `-unts`),
    /// Azerbaijani (`-ov`, `-yev`, `-li`, `-zade`), Russian (`-ov`, `-in`, `-sky`),
    /// Georgian (`-shvili`, `-dze`).
    static func hasSurnameEnding(_ key: String) -> Bool {
        guard key.count >= 5 else { return false }
        let endings = [
            "yan", "ian", "unts", "ants", "ov", "ova", "ev", "eva", "yev", "yeva", "zade", "zada", "li", "lu",
            "sky", "ski", "skaya", "shvili", "dze", "enko", "ovich", "evich", "ovna", "evna", "oglu", "ogly", "beyli",
        ]
        return endings.contains { key.hasSuffix($0) }
    }

    /// Verbs of saying and their forms.
    static let speechVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "tell", "noted", "notes", "note", "added", "adds", "add", "stressed",
        "stresses", "emphasized", "emphasised", "emphasizes", "emphasises", "underlined", "underlines", "stated",
        "states", "declared", "declares", "claimed", "claims", "wrote", "writes", "urged", "urges", "warned", "warns",
        "explained", "explains", "asked", "asks", "replied", "replies", "responded", "insisted", "insists", "continued",
        "concluded", "remarked", "announced", "announces", "reported", "commented", "mentioned", "recalled",
        "recalls", "reminded", "reminds", "highlighted", "highlights", "affirmed", "assured", "argued", "argues",
        "described", "describes", "called", "calls", "pointed", "stressing", "saying", "noting", "adding",
        "underlining", "emphasizing", "emphasising", "writing", "telling", "quoted", "cited", "shared", "posted",
        "tweeted", "believes", "thinks", "insisting", "suggested", "suggests", "admitted", "acknowledged", "confirmed",
        "denied", "vowed", "promised", "demanded", "accused", "condemned", "welcomed", "expressed", "informed",
        "clarified", "specified", "elaborated", "observed", "predicted",
    ]

    /// Personal pronouns that can stand for a speaker.
    static let pronouns: Set<String> = ["he", "she", "they", "we", "i"]

    /// Capitalised words that start sentences or headlines without being names.
    static let commonWords: Set<String> = [
        "the", "a", "an", "in", "on", "at", "for", "with", "by", "from", "to", "as", "after", "before", "during",
        "despite", "however", "meanwhile", "furthermore", "moreover", "also", "but", "and", "or", "if", "when", "while",
        "since", "although", "though", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "you",
        "his", "her", "their", "our", "its", "my", "your", "there", "here", "according", "earlier", "later", "today",
        "yesterday", "tomorrow", "last", "next", "many", "some", "all", "both", "each", "every", "no", "not", "one",
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "first", "second", "third", "such",
        "other", "another", "more", "most", "much", "few", "several", "why", "what", "how", "where", "who", "which",
        "whom", "whose", "unfortunately", "sadly", "especially", "throughout", "without", "within", "under", "over",
        "among", "between", "against", "following", "including", "regarding", "thus", "therefore", "hence", "indeed",
        "still", "yet", "even", "only", "just", "now", "then", "once", "again", "instead", "otherwise",
        "nevertheless", "nonetheless", "overall", "finally", "additionally", "besides", "likewise", "similarly",
        "recently", "currently", "previously", "apparently", "clearly", "obviously", "notably", "importantly",
        "reportedly", "allegedly", "officially", "speaking", "addressing", "commenting", "noting", "stressing", "asked",
        "sources", "residents", "officials", "members", "so", "do", "does", "did", "is", "are", "was", "were", "be",
        "been", "being", "have", "has", "had", "will", "would", "can", "could", "should", "may", "might", "must",
        "shall", "let", "please", "yes", "well", "because", "until", "unless", "whether", "about", "above", "below",
        "around", "across", "along", "behind", "beyond", "into", "onto", "upon", "via", "per", "amid", "amidst",
        "toward", "towards", "through", "like", "unlike", "near", "off", "out", "up", "down", "any", "none", "neither",
        "either", "nor", "than", "very", "too", "quite", "rather", "almost", "already", "always", "never", "often",
        "sometimes", "usually", "perhaps", "maybe", "certainly", "surely", "really", "actually", "especially",
        "particularly", "mainly", "mostly", "largely", "partly", "fully", "nearly", "just", "simply", "thereby",
        "whereas", "where", "anyway", "besides", "such", "same", "own", "new", "old", "local", "international",
        "national", "official", "said", "says", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "photo", "video", "read", "see", "watch", "update", "updated", "breaking", "exclusive",
        "opinion", "analysis", "interview", "editorial", "comment", "statement", "report", "news", "sadly",
        "happily", "luckily", "fortunately", "interestingly", "ironically", "given", "based", "due", "thanks",
        "having", "being", "taking", "making", "using", "calling", "urging", "rejecting", "welcoming", "condemning",
        "recalling", "stressing", "underlining", "emphasizing", "highlighting", "reminding", "pointing", "touching",
        "speaking", "talking", "answering", "responding", "referring", "replying", "writing", "posting",
    ]

    /// Nationality adjectives and country names used as adjectives, lower-cased, with
    /// the adjective they stand for: `azerbaijan` → `Azerbaijani` (as in
    /// "Azerbaijan community").
    static let nationalities: [String: String] = [
        "azerbaijani": "Azerbaijani", "azerbaijan": "Azerbaijani", "azeri": "Azerbaijani", "armenian": "Armenian",
        "armenia": "Armenian", "russian": "Russian", "russia": "Russian", "turkish": "Turkish", "turkey": "Turkish",
        "georgian": "Georgian", "georgia": "Georgian", "iranian": "Iranian", "iran": "Iranian", "jewish": "Jewish",
        "kurdish": "Kurdish", "talysh": "Talysh", "lezgin": "Lezgin", "udi": "Udi", "ukrainian": "Ukrainian",
        "ukraine": "Ukrainian", "greek": "Greek", "german": "German", "french": "French", "american": "American",
        "tatar": "Tatar", "avar": "Avar", "polish": "Polish", "belarusian": "Belarusian", "kazakh": "Kazakh",
        "uzbek": "Uzbek", "turkmen": "Turkmen", "yazidi": "Yazidi", "assyrian": "Assyrian", "israeli": "Israeli",
    ]
}
