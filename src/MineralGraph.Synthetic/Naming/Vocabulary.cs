namespace MineralGraph.Synthetic.Naming;

/// <summary>Word lists synthetic names are built from. Fixed: changing them changes every generated graph.</summary>
internal static class Vocabulary
{
    /// <summary>Syllables joined into invented place and company stems ("Korvane", "Talmira").</summary>
    public static readonly string[] Syllables =
    [
        "ka", "lor", "ven", "tal", "mi", "ra", "sol", "dor", "an", "bel", "cor", "da", "el", "fen", "gar", "hol",
        "is", "jor", "kel", "lum", "mar", "nor", "os", "pel", "quin", "ros", "sen", "tor", "ul", "vas", "wen", "zar",
    ];

    public static readonly string[] CountryEndings = ["ia", "land", "ora", "esia", "avia", "onia", "ar", "istan", "ana", "ino"];

    public static readonly string[] Regions =
    [
        "Northern", "Southern", "Eastern", "Western", "Central", "Atlantic", "Pacific", "Arctic", "Andean", "Baltic",
        "Coastal", "Highland", "Great Lakes", "Sahel", "Indo-Pacific", "Transatlantic",
    ];

    public static readonly string[] CompanySectors =
    [
        "Lithium", "Cobalt", "Nickel", "Minerals", "Metals", "Mining", "Resources", "Rare Earths", "Graphite",
        "Battery Materials", "Refining", "Magnetics", "Exploration", "Critical Metals", "Smelting", "Energy Metals",
    ];

    public static readonly string[] CompanySuffixes = ["Corp", "Ltd", "Inc", "Group", "Holdings", "plc", "SA", "AG", "GmbH", "Pty Ltd", "Co", "Limited"];

    public static readonly string[] FirstNames =
    [
        "Ana", "Ben", "Carla", "David", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kemi", "Liam", "Maya",
        "Nikolai", "Olga", "Pedro", "Qing", "Rosa", "Samir", "Tara", "Umar", "Vera", "Wei", "Ximena", "Yusuf", "Zara",
        "Amara", "Bruno", "Chloe", "Diego", "Emma", "Felix", "Gita", "Hugo", "Ivy", "Jamal", "Kira", "Lucas", "Mei",
        "Nadia", "Omar", "Priya", "Rafael", "Sofia", "Tomas", "Uma", "Victor", "Wanda", "Yara", "Zoltan",
    ];

    public static readonly string[] LastNames =
    [
        "Abara", "Bergstrom", "Castillo", "Dubois", "Eriksen", "Fonseca", "Gupta", "Haddad", "Ivanova", "Jensen",
        "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Petrov", "Quispe", "Rossi", "Sato", "Tanaka",
        "Ueda", "Varga", "Weber", "Xu", "Yilmaz", "Zhang", "Alvarez", "Brennan", "Chen", "Diallo", "Esposito",
        "Fischer", "Garcia", "Hoffmann", "Ibrahim", "Johansson", "Kim", "Larsen", "Mendes", "Nguyen", "Olsen",
        "Park", "Ramos", "Silva", "Torres", "Usman", "Vasquez", "Wang", "Young", "Ziegler",
    ];

    public static readonly string[] Portfolios =
    [
        "Mines", "Natural Resources", "Energy", "Trade", "Industry", "Economy", "Foreign Affairs", "Finance",
        "Defence", "Environment", "Commerce", "Innovation", "Infrastructure", "Geology", "Customs",
    ];

    public static readonly string[] AgencyForms =
    [
        "Ministry of {0}", "Department of {0}", "{0} Agency", "Office of {0}", "{0} Development Bank",
    ];

    public static readonly string[] StandaloneAgencies =
    [
        "Geological Survey", "Export Credit Agency", "Customs Administration", "Sovereign Wealth Fund",
        "Strategic Reserve Authority", "Investment Authority", "Research Council",
    ];

    public static readonly string[] ProjectWords = ["Mine", "Refinery", "Processing Plant", "Magnet Plant", "Financing Programme", "Hub"];

    public static readonly string[] MeetingWords = ["Minerals Summit", "Ministerial Meeting", "Supply Chain Forum", "Trade Talks", "Investment Conference", "Leaders' Meeting"];

    public static readonly string[] AnnouncementWords = ["Critical Minerals Strategy Launch", "Export Licence Announcement", "Investment Announcement", "Partnership Announcement"];

    public static readonly string[] AgreementForms =
    [
        "{0} Critical Minerals Alliance", "{0} Minerals Partnership", "{0} Trade Agreement", "{0} Action Plan",
        "{0} Supply Chain Deal", "{0} Economic Bloc", "{0} Minerals Review", "{0} Investment Framework",
    ];

    public static readonly string[] MeasureForms =
    [
        "export controls on {1}", "strategic designation of {1}", "policy on {1} supply", "licensing regime for {1}",
        "export ban on {1}", "stockpiling policy for {1}",
    ];

    public static readonly string[] Publishers =
    [
        "Global Minerals Review", "Metals Market Weekly", "The Supply Chain Journal", "Resource Policy Monitor",
        "Northern Mining Gazette", "Battery Materials Report", "Trade & Industry Daily", "Geopolitics Quarterly",
        "Commodities Wire", "The Refiners' Bulletin", "Ministry press office", "Company filing", "Parliamentary record",
        "Energy Transition News", "Critical Metals Insight", "Official Gazette",
    ];

    public static readonly string[] Headlines =
    [
        "{0} expands critical minerals push", "{0} signs new supply deal", "What {0} means for battery makers",
        "{0} and the race for rare earths", "Inside {0}'s refining strategy", "{0} unveils mineral investment plan",
        "Analysts weigh {0}'s export controls", "{0} joins allies on minerals security", "{0} annual report",
    ];

    public static readonly string[] Positions =
    [
        "Minister of Mines", "Minister of Trade", "Minister of Natural Resources", "Prime Minister", "President",
        "Secretary of the Economy", "Deputy Minister", "Chief Executive Officer", "Chief Financial Officer",
        "Chair of the Board", "Director General", "Ambassador", "Special Envoy for Critical Minerals", "Chief Negotiator",
        "Head of Delegation", "Board Member",
    ];

    public static readonly string[] MembershipRoles = ["founding member", "observer", "associate member", "party", "signatory"];

    public static readonly string[] FundingRoles = ["loan", "grant", "equity investment", "offtake agreement", "loan guarantee", "price floor"];

    public static readonly string[] OwnershipRoles = ["majority stake", "minority stake", "wholly owned", "joint venture partner", "largest shareholder"];

    public static readonly string[] CapacityRoles = ["leading producer", "emerging supplier", "major processor", "pilot-scale capacity", "dominant refiner", "significant reserves"];

    public static readonly string[] Notes =
    [
        "Figures differ between sources.", "Reported by a single outlet.", "Capacity stated as planned, not operating.",
        "Date is the announcement, not entry into force.", "Inferred from a company filing.",
    ];
}
