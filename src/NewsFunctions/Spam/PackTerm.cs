namespace NewsFunctions.Spam;

// The rule pack's terms together with the site's banned and suspect words.
internal readonly record struct PackTerm(string Term, int Category, double Weight);
