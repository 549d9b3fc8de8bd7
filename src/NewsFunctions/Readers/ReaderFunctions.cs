using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsFunctions.Http;
using NewsFunctions.Moderation;

namespace NewsFunctions.Readers;

public sealed class ReaderFunctions(ReaderEraser eraser)
{
    private const int MaxEraseBytes = 4 * 1024;

    [Function(nameof(ExportReader))]
    public async Task<IActionResult> ExportReader(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = Routes.ReaderExport)] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (_, refused) = Access.Require(request, Roles.Admin);
        if (refused is not null)
        {
            return refused;
        }

        var (email, errors) = ReaderErasure.ValidateEmail(request.Query["email"].ToString());
        if (email is null)
        {
            return Problems.Validation(errors);
        }

        var found = await eraser.ExportAsync(email, cancellationToken);
        return new JsonBodyResult(new ReaderExport(email, found.Select(ModeratedComment.From).ToList())).WithHeader("Cache-Control", "no-store");
    }

    [Function(nameof(EraseReader))]
    public async Task<IActionResult> EraseReader(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = Routes.ReaderErase)] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (caller, input, problem) = await Access.ReadAsync<EraseInput>(request, Roles.Admin, MaxEraseBytes, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var (email, errors) = ReaderErasure.ValidateEmail(input!.Email);
        if (email is null)
        {
            return Problems.Validation(errors);
        }

        var erased = await eraser.EraseAsync(email, caller!.Name, cancellationToken);
        return new JsonBodyResult(new EraseResult(erased)).WithHeader("Cache-Control", "no-store");
    }
}
