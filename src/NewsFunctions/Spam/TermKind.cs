namespace NewsFunctions.Spam;

internal enum TermKind { Rule, Suspect, Banned }
