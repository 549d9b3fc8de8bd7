namespace NewsFunctions.Spam;

// JoinedOnly marks the spaceless spelling of a phrase ("ياحمار" for "يا حمار"): spaced-out letters
// lose the space between words too, but as ordinary text that spelling is a different word.
// Category indexes the rule pack's categories for Rule terms, and is -1 for the site's own words.
// Near marks a match one edit away from the term.
internal sealed record TermMatch(
    string Term, TermKind Kind, bool JoinedOnly = false, int Category = -1, double Weight = 0, bool Near = false,
    bool SqueezedStart = false);
