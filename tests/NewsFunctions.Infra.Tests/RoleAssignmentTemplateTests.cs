using System.Text.Json;

namespace NewsFunctions.Infra.Tests;

[Collection(InfraCollection.Name)]
public class RoleAssignmentTemplateTests(InfraFixture infra)
{
    private const string StorageBlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    private const string StorageQueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";
    private const string StorageTableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    private const string MonitoringMetricsPublisher = "3913510d-42f4-4e42-8a64-420c390055eb";

    private static readonly string[] StorageRoles = [StorageBlobDataOwner, StorageQueueDataContributor, StorageTableDataContributor];

    [Fact]
    public void Build_Identity_GetsTheThreeStorageDataRolesOnTheAccount()
    {
        var assignments = AppAssignments(infra.Default).Where(a => Scope(a).Contains("Microsoft.Storage/storageAccounts")).ToList();

        Assert.Equal(StorageRoles.Order(), assignments.Select(RoleId).Order());
    }

    [Fact]
    public void Build_Identity_PublishesMetricsToApplicationInsights()
    {
        var assignments = AppAssignments(infra.Default).Where(a => Scope(a).Contains("Microsoft.Insights/components")).ToList();

        Assert.Equal([MonitoringMetricsPublisher], assignments.Select(RoleId));
    }

    [Fact]
    public void Build_Identity_HasExactlyFiveRoles()
    {
        var assignments = AppAssignments(infra.Default).Where(a => !Snapshot.IsOnlyDuringARotation(a)).ToList();

        // Three on storage, one on Application Insights, one on the hash secret (KeyVaultTemplateTests),
        // and a sixth on the previous hash secret only while a rotation lasts.
        Assert.Equal(5, assignments.Count);
        Assert.All(assignments, a => Assert.Equal("ServicePrincipal", a.StringAt("properties", "principalType")));
    }

    [Fact]
    public void Build_NoPrincipalId_GrantsTheUserNothing()
    {
        var assignments = infra.Default.Resources(ResourceTypes.RoleAssignment);

        Assert.DoesNotContain(assignments, a => a.StringAt("properties", "principalType") == "User");
    }

    [Fact]
    public void Build_PrincipalId_GrantsTheUserTheStorageDataRoles()
    {
        var assignments = infra.Private.Resources(ResourceTypes.RoleAssignment)
            .Where(a => a.StringAt("properties", "principalId") == InfraFixture.UserPrincipalId)
            .ToList();

        Assert.Equal(StorageRoles.Order(), assignments.Select(RoleId).Order());
        Assert.All(assignments, a => Assert.Equal("User", a.StringAt("properties", "principalType")));
    }

    private static IEnumerable<JsonElement> AppAssignments(Snapshot snapshot) => snapshot
        .Resources(ResourceTypes.RoleAssignment)
        .Where(a => a.StringAt("properties", "principalId")!.Contains("format('identity-{0}'")
            && a.StringAt("properties", "principalId")!.Contains(".outputs.principalId.value"));

    private static string RoleId(JsonElement assignment)
    {
        var definition = assignment.StringAt("properties", "roleDefinitionId")!;
        Assert.StartsWith($"/subscriptions/{InfraFixture.SubscriptionId}/providers/Microsoft.Authorization/roleDefinitions/", definition);
        return definition.Split('/')[^1];
    }

    // An extension resource's id names the resource it is scoped to.
    private static string Scope(JsonElement assignment) => assignment.StringAt("id")!;
}
