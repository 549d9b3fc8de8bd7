namespace NewsFunctions;

// Files built into the app's assembly: the pages' assets, the OpenAPI document, the shipped spam model.
public static class EmbeddedResources
{
    public static IEnumerable<string> Names => typeof(EmbeddedResources).Assembly.GetManifestResourceNames();

    public static Stream Open(string name)
        => typeof(EmbeddedResources).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");

    public static byte[] ReadAllBytes(string name)
    {
        using var stream = Open(name);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
