namespace NewsFunctions.Http;

// The rules every trimmed text field of a request body follows: required or optional, at most so
// many characters, no control characters. The messages name the field as the JSON does.
public static class FieldRules
{
    public static string? Required(string? value, string field, int maxLength, Dictionary<string, string[]> errors)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            errors[field] = [$"{field} is required."];
            return null;
        }

        return WithinLimit(trimmed, field, maxLength, errors);
    }

    public static string? Optional(string? value, string field, int maxLength, Dictionary<string, string[]> errors)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : WithinLimit(trimmed, field, maxLength, errors);
    }

    public static string? WithinLimit(string value, string field, int maxLength, Dictionary<string, string[]> errors)
    {
        if (value.Length <= maxLength && !value.Any(char.IsControl))
        {
            return value;
        }

        errors[field] = value.Length > maxLength
            ? [$"{field} may be at most {maxLength} characters."]
            : [$"{field} may not contain control characters."];
        return null;
    }
}
