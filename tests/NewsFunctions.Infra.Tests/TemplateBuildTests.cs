using System.Text.Json;

namespace NewsFunctions.Infra.Tests;

[Collection(InfraCollection.Name)]
public class TemplateBuildTests(InfraFixture infra)
{
    // Text that only appears when a template reads or carries a key, SAS or connection secret.
    private static readonly string[] SecretMarkers =
    [
        "listKeys",
        "listAccountSas",
        "listServiceSas",
        "listSecrets",
        "listConnectionStrings",
        "AccountKey=",
        "SharedAccessSignature",
        "SharedAccessKey",
        "clientSecret",
        "Password",
    ];

    [Fact]
    public void Lint_MainTemplate_ReportsNoWarningOrError()
    {
        var lint = infra.Lint;

        Assert.Equal(0, lint.ExitCode);
        Assert.Equal("", lint.Diagnostics);
    }

    [Fact]
    public void Build_MainTemplate_CompilesWithoutDiagnostics()
    {
        var build = infra.Build;

        Assert.Equal(0, build.ExitCode);
        Assert.Equal("", build.Diagnostics);
    }

    [Fact]
    public void Snapshot_BothParameterSets_EvaluateWithoutDiagnostics()
    {
        var snapshots = new[] { infra.Default, infra.Private };

        Assert.All(snapshots, snapshot =>
        {
            Assert.Equal("", snapshot.CliDiagnostics);
            Assert.Empty(snapshot.Diagnostics);
        });
    }

    [Fact]
    public void Build_Template_HoldsNoKeyOrSecret()
    {
        var text = infra.Template.GetRawText();

        Assert.All(SecretMarkers, marker => Assert.DoesNotContain(marker, text, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Build_ParametersAndOutputs_AreNeverSecureButTheHashSecrets()
    {
        // A secure output would mean a secret is handed out; a secure parameter, that one is passed in.
        // The ones passed in are the hash secret and during a rotation the previous one, on their way
        // into Key Vault (KeyVaultTemplateTests).
        var declarations = Templates(infra.Template)
            .SelectMany(template => Declarations(template, "parameters").Concat(Declarations(template, "outputs")))
            .Where(declaration => declaration.Name is not ("hashSecret" or "previousHashSecret"))
            .ToList();

        Assert.NotEmpty(declarations);
        Assert.All(declarations, declaration => Assert.DoesNotContain(
            "secure", declaration.Value.GetProperty("type").GetString(), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Build_Outputs_NameNoKeyOrConnectionString()
    {
        var outputs = Declarations(infra.Template, "outputs").Select(output => output.Name).ToList();

        Assert.Contains("AZURE_FUNCTION_APP_NAME", outputs);
        Assert.All(outputs, name =>
        {
            Assert.DoesNotContain("KEY", name, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("CONNECTION", name, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("SECRET", name, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public void BicepConfig_DefaultRules_StayAtWarningOrStricter()
    {
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(infra.InfraDirectory, "bicepconfig.json")));
        var core = config.RootElement.At("analyzers", "core");

        var levels = core.GetProperty("rules").EnumerateObject()
            .Select(rule => (rule.Name, Level: rule.Value.GetProperty("level").GetString()))
            .ToList();

        Assert.True(core.GetProperty("enabled").GetBoolean());
        Assert.All(levels, rule => Assert.Contains(rule.Level, new[] { "warning", "error" }));
    }

    // The main template and every module template nested in it.
    private static IEnumerable<JsonElement> Templates(JsonElement template)
    {
        yield return template;
        // Templates with symbolic names (languageVersion 2.0) hold resources in an object, not an array.
        var resources = template.GetProperty("resources");
        var all = resources.ValueKind == JsonValueKind.Object
            ? resources.EnumerateObject().Select(resource => resource.Value)
            : resources.EnumerateArray();
        foreach (var resource in all)
        {
            if (resource.GetProperty("type").GetString() == "Microsoft.Resources/deployments")
            {
                foreach (var nested in Templates(resource.At("properties", "template")))
                {
                    yield return nested;
                }
            }
        }
    }

    private static IEnumerable<JsonProperty> Declarations(JsonElement template, string section)
        => template.TryGetProperty(section, out var declarations) ? declarations.EnumerateObject() : [];
}
