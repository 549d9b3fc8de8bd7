using NewsFunctions.Moderation;

namespace NewsFunctions.Readers;

public sealed record ReaderExport(string Email, IReadOnlyList<ModeratedComment> Comments);

public sealed record EraseInput(string? Email);

public sealed record EraseResult(int Erased);
