using Microsoft.AspNetCore.Http;

namespace NewsFunctions.Http;

// Every 4xx/5xx answer is RFC 9457 problem details. The detail is written for the caller and never
// carries an exception message: those can hold connection strings or storage keys.
public static class Problems
{
    public static JsonBodyResult Create(int status, string title, string detail, IReadOnlyDictionary<string, string[]>? errors = null)
        => new(new ProblemBody(TypeFor(status), title, status, detail, errors), status, JsonBodyResult.ProblemContentType);

    public static JsonBodyResult Validation(IReadOnlyDictionary<string, string[]> errors)
        => Create(StatusCodes.Status400BadRequest, "The request has invalid fields.",
            "See 'errors' for what to change in each field.", errors);

    public static JsonBodyResult Validation(string field, string message)
        => Validation(new Dictionary<string, string[]> { [field] = [message] });

    public static JsonBodyResult BadRequest(string detail)
        => Create(StatusCodes.Status400BadRequest, "The request could not be read.", detail);

    public static JsonBodyResult NotFound(string detail)
        => Create(StatusCodes.Status404NotFound, "Not found.", detail);

    public static JsonBodyResult Unauthorized()
        => Create(StatusCodes.Status401Unauthorized, "A function key is required.",
            "Send a valid key in the x-functions-key header or the code query parameter.");

    public static JsonBodyResult Forbidden(string detail)
        => Create(StatusCodes.Status403Forbidden, "Forbidden.", detail);

    public static JsonBodyResult Conflict(string detail)
        => Create(StatusCodes.Status409Conflict, "Conflict.", detail);

    public static JsonBodyResult PreconditionFailed(string detail)
        => Create(StatusCodes.Status412PreconditionFailed, "The resource has changed.", detail);

    public static JsonBodyResult PayloadTooLarge(string detail)
        => Create(StatusCodes.Status413PayloadTooLarge, "The request is too large.", detail);

    public static JsonBodyResult UnsupportedMediaType(string detail)
        => Create(StatusCodes.Status415UnsupportedMediaType, "Unsupported content type.", detail);

    public static JsonBodyResult TooManyRequests(int retryAfterSeconds, string detail)
        => Create(StatusCodes.Status429TooManyRequests, "Too many requests.", detail)
            .WithHeader("Retry-After", retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static JsonBodyResult ServiceUnavailable(int retryAfterSeconds = 5)
        => Create(StatusCodes.Status503ServiceUnavailable, "Storage is unavailable.",
                "Nothing was saved. Try again shortly.")
            .WithHeader("Retry-After", retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static JsonBodyResult InternalError()
        => Create(StatusCodes.Status500InternalServerError, "Unexpected error.", "The error was logged.");

    private static string TypeFor(int status) => $"https://httpstatuses.io/{status}";
}
