namespace NewsFunctions.Http;

public sealed record PageRequest(int Limit, string? AfterRowKey);
