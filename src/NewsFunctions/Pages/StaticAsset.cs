namespace NewsFunctions.Pages;

public sealed record StaticAsset(string Name, string ContentType, byte[] Bytes, string ETag);
