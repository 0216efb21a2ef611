using ChatGuard.Classifiers.Detection;
using ChatGuard.Classifiers.Detection.ContactDiversion;
using ChatGuard.Classifiers.Detection.Tails;
using ChatGuard.Classifiers.Detection.Lexicon;
using ChatGuard.Classifiers.Detection.Abuse;
using ChatGuard.Classifiers.Detection.Learned;
using ChatGuard.Classifiers.Detection.Offers;
using ChatGuard.Classifiers.Detection.Readings;
using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Policy;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers;

/// <summary>Normalizes a message once, runs every detector over it, and turns the findings into a verdict.</summary>
/// <param name="senderRoles">Reads a buyer's voice where the sender is not said (null: an unsaid sender stays unknown).</param>
public sealed class ModerationPipeline(ITextNormalizer normalizer, IEnumerable<IDetector> detectors, PolicyProfileCatalog profiles,
    SenderRoleReader? senderRoles = null)
    : IModerationPipeline, IDisposable
{
    private readonly IDetector[] _detectors = [.. detectors];

    public IReadOnlyCollection<string> Profiles => profiles.Names;

    public string DefaultProfile => profiles.DefaultProfile;

    /// <summary>
    /// The pipeline as shipped, with the built-in profiles and term lists. <paramref name="lexiconDirectory"/>
    /// (optional) holds term lists that override the built-in ones and are reloaded when they change.
    /// <paramref name="learned"/> (optional) sets the operator's floors under the learned heads' thresholds.
    /// </summary>
    public static ModerationPipeline CreateDefault(string defaultProfile = PolicyProfileCatalog.DefaultProfileName, string? lexiconDirectory = null,
        LearnedLabelDetectorOptions? learned = null)
    {
        var normalizer = new TextNormalizer();
        var lexicons = new LexiconCatalog(normalizer, lexiconDirectory);
        return new(normalizer, CreateDetectors(lexicons, normalizer, learnedOptions: learned), PolicyProfileCatalog.LoadBuiltIn(defaultProfile),
            SenderRoleReader.For(LabelModel.BuiltIn)) { _owned = lexicons };
    }

    /// <summary>
    /// The shipped detectors, one entry per concern; a new label's detector is one more line.
    /// <paramref name="labelModel"/> replaces the shipped learned model (evaluation fits its own per fold).
    /// </summary>
    public static IReadOnlyList<IDetector> CreateDetectors(LexiconCatalog lexicons, ITextNormalizer? normalizer = null, LabelModel? labelModel = null,
        LearnedLabelDetectorOptions? learnedOptions = null)
    {
        normalizer ??= new TextNormalizer();
        var terms = new LexiconDetector(lexicons, [new HandleTail(), new SpacedHandleTail(), new PhoneNumberTail(), new StoreAddressTail(), new AmountTail()]);
        var contacts = new ContactDiversionDetector();
        var hiddenTerms = new LexiconDetector(lexicons, [new HandleTail(), new SpacedHandleTail(), new PhoneNumberTail(), new StoreAddressTail(), new AmountTail()], AlternateReadingsDetector.HiddenLabels);
        return
        [
            terms, // C1, C3–C8 term rules
            contacts, // C1 links, e-mail, phones, bank cards, wallets
            new PaymentAccountDiversion(lexicons), // C1 beside C4: the account a payment rule's ask names
            new AbuseDetector(), // C2 insults, curses, threats: lexicon
            // The term rules read backwards and as an acrostic (cost, issue 16: only the rules of the labels those readings
            // report); behind a bidi override, the contact rules read the text as typed too.
            new AlternateReadingsDetector(normalizer, [hiddenTerms], [hiddenTerms, contacts]),
            // C1 split over the sender's recent messages: only the contact rules are read again.
            new SplitMessageDetector(normalizer, [new LexiconDetector(lexicons, [new HandleTail(), new SpacedHandleTail(), new PhoneNumberTail(), new StoreAddressTail()], [Labels.ContactDiversion]), contacts]),
            new EmojiDrugMenu(), // C3 drugs as a menu of emoji codes the normalizer has no reading for
            // C1–C8 learned heads, thresholds calibrated on legitimate chat; after every rule, so a score knows whether a rule
            // found its label (and a whole-message score never hides a rule's located finding).
            new LearnedLabelDetector(labelModel ?? LabelModel.BuiltIn, learnedOptions ?? new LearnedLabelDetectorOptions()),
            new IllicitOfferPraise(), // C8 inside a C3/C5 offer ("顶级复刻"): the offer is the violation
            new PlainReviewRequest(lexicons), // C7: a plain "满意的话麻烦给个好评" the review head alone scored
        ];
    }

    private IDisposable? _owned;

    public Verdict Scan(string text, string? profile = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Scan(normalizer.Normalize(text), profile);
    }

    public NormalizedText Normalize(string text) => normalizer.Normalize(text);

    public Verdict Scan(NormalizedText text, string? profile = null) =>
        Scan(text, profile is null ? ScanOptions.Default : new ScanOptions(profile));

    public Verdict Scan(NormalizedText text, ScanOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        // Issue 16: C5–C8 are a shop's conduct; a sender not said whose words read as a buyer's is judged as a buyer.
        LearnedScores? roleLess = null;
        if (options.Role == SenderRole.Unknown && senderRoles is not null)
        {
            roleLess = senderRoles.Score(text);
            if (senderRoles.Read(roleLess) is SenderRole.Buyer)
            {
                options = options with { Role = SenderRole.Buyer };
                roleLess = null; // the heads score it again, as a buyer's
            }
        }
        var context = new ScanContext(profiles.Get(options.Profile), options) { RoleLessScores = roleLess };
        var findings = new List<Finding>();
        foreach (var detector in _detectors) detector.Detect(text, context, findings);
        return VerdictBuilder.Build(text.Original, findings, context.Profile, context.Role);
    }

    public void Dispose() => _owned?.Dispose();
}
