using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsFunctions.Spam;

// What a term says about a comment. Offer language, calls to action and contact channels are what
// every promotion shares whatever it sells, so they carry the engine when spam changes topic;
// topic categories add weight and name the reason. Counter terms are how readers talk about spam
// (scam, fraud, beware): they take weight away, so a warning that quotes an offer is no offer.
public enum RuleRole { Offer, Action, Channel, Testimonial, Topic, Counter }

public sealed record RuleTerm(string Term, double Weight);

public sealed record RuleCategory(string Name, string Label, RuleRole Role, IReadOnlyList<RuleTerm> Terms);

// The engine's own rules, shipped as data (Spam/Data/rule-pack.json) so they can be read, reviewed
// and versioned apart from the code that applies them. Terms go into the same automaton as the
// site's words; a category can be switched off in the moderation settings.
public sealed class RulePack
{
    private const string ResourceName = "NewsFunctions.Spam.Data.rule-pack.json";

    private static readonly Lazy<RulePack> DefaultPack = new(() =>
    {
        using var stream = typeof(RulePack).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        return FromJson(stream);
    });

    private RulePack(string version, double promotionThreshold, IReadOnlyList<RuleCategory> categories)
    {
        Version = version;
        PromotionThreshold = promotionThreshold;
        Categories = categories;
    }

    public static RulePack Default => DefaultPack.Value;

    public static RulePack Empty { get; } = new("empty", 1.0, []);

    public string Version { get; }

    // A comment whose strongest term per category adds up to this reads as a promotion.
    public double PromotionThreshold { get; }

    public IReadOnlyList<RuleCategory> Categories { get; }

    public IEnumerable<string> CategoryNames => Categories.Select(c => c.Name);

    // The terms of the categories that are on, each with its category's index, for TermMatcher.
    internal IEnumerable<PackTerm> TermsOf(Func<string, bool> isOn)
        => Categories.SelectMany((category, index) => isOn(category.Name)
            ? category.Terms.Select(t => new PackTerm(t.Term, index, t.Weight))
            : []);

    public static RulePack FromJson(Stream stream)
    {
        var file = JsonSerializer.Deserialize<PackFile>(stream, JsonOptions)
            ?? throw new InvalidDataException("The rule pack is empty.");
        var categories = new List<RuleCategory>();
        foreach (var category in file.Categories)
        {
            if (!Enum.TryParse<RuleRole>(category.Role, ignoreCase: true, out var role))
            {
                throw new InvalidDataException($"Rule category {category.Name} has an unknown role '{category.Role}'.");
            }
            var terms = category.Terms
                .SelectMany(group => group.Value.Select(term => new RuleTerm(term, double.Parse(group.Key, CultureInfo.InvariantCulture))))
                .ToList();
            if (terms.Select(t => t.Term).Distinct(StringComparer.Ordinal).Count() != terms.Count)
            {
                throw new InvalidDataException($"Rule category {category.Name} lists a term twice.");
            }
            categories.Add(new RuleCategory(category.Name, category.Label, role, terms));
        }
        if (categories.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count() != categories.Count)
        {
            throw new InvalidDataException("Rule category names must be unique.");
        }
        return new RulePack(file.Version, file.PromotionThreshold, categories);
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private sealed record PackFile(
        string Version,
        double PromotionThreshold,
        [property: JsonPropertyName("categories")] IReadOnlyList<CategoryFile> Categories);

    private sealed record CategoryFile(string Name, string Label, string Role, Dictionary<string, string[]> Terms);
}
