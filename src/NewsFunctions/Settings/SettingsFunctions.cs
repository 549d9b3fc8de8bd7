using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsFunctions.Http;

namespace NewsFunctions.Settings;

// The moderators' settings routes, behind the function key like the rest of /api/moderation.
public sealed class SettingsFunctions(ISettingsStore store, ModerationSettingsCache settings)
{
    // Two word lists of 30,000 characters each, Arabic sent as \uXXXX escapes (six bytes a character).
    public const int MaxSettingsBytes = 2 * ModerationSettingsValidator.MaxListCharacters * 6 + 16 * 1024;

    [Function(nameof(GetModerationSettings))]
    public async Task<IActionResult> GetModerationSettings(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = Routes.ModerationSettings)] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (_, refused) = Access.Require(request, Roles.Admin);
        if (refused is not null)
        {
            return refused;
        }

        return new JsonBodyResult((await settings.GetAsync(cancellationToken)).Settings).WithHeader("Cache-Control", "no-store");
    }

    [Function(nameof(PutModerationSettings))]
    public async Task<IActionResult> PutModerationSettings(
        [HttpTrigger(AuthorizationLevel.Function, "put", Route = Routes.ModerationSettings)] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (_, input, problem) = await Access.ReadAsync<ModerationSettingsInput>(request, Roles.Admin, MaxSettingsBytes, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        // Read from the store, not the cache: a field left out keeps what was last saved, not what
        // this instance read up to two seconds ago.
        var saved = await store.GetAsync(cancellationToken);
        var (validated, errors) = ModerationSettingsValidator.Validate(input!, saved?.Settings);
        if (validated is null)
        {
            return Problems.Validation(errors);
        }

        await store.SaveAsync(validated, cancellationToken);
        settings.Invalidate();
        return new JsonBodyResult(validated).WithHeader("Cache-Control", "no-store");
    }
}
