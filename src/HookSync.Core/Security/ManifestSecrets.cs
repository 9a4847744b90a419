using System.Text;
using System.Text.Json.Nodes;
using HookSync.Core.Model;

namespace HookSync.Core.Security;

/// <summary>
/// The values of the Secrets in the manifests. They are registered with the redactor before anything is printed: a
/// server error, a hook log or a diagnostic that quotes one must not put it in a CI log.
/// </summary>
public static class ManifestSecrets
{
    /// <summary>
    /// Values shorter than this are not registered: a short Secret value is most often a user or database name
    /// (<c>webapp</c>) that also names objects, and masking it everywhere would make the log unreadable.
    /// </summary>
    public const int MinimumLength = 8;

    /// <summary>Every <c>stringData</c> value, and every <c>data</c> value both as written (base64) and decoded, of at least <see cref="MinimumLength"/> characters.</summary>
    public static IEnumerable<string> Of(IEnumerable<KubeObject> objects) => All(objects).Where(v => v.Trim().Length >= MinimumLength);

    private static IEnumerable<string> All(IEnumerable<KubeObject> objects)
    {
        foreach (var secret in objects.Where(o => o.Kind == "Secret" && o.Group.Length == 0))
        {
            foreach (var value in Values(secret.Select("stringData")))
            {
                yield return value;
            }
            foreach (var encoded in Values(secret.Select("data")))
            {
                yield return encoded;
                if (Decode(encoded) is { } decoded)
                {
                    yield return decoded;
                }
            }
        }
    }

    private static IEnumerable<string> Values(JsonNode? map) =>
        map is JsonObject entries
            ? entries.Select(e => e.Value).OfType<JsonValue>().Select(v => v.TryGetValue<string>(out var s) ? s : null).OfType<string>()
            : [];

    private static string? Decode(string base64)
    {
        var buffer = new byte[base64.Length];
        if (!Convert.TryFromBase64String(base64.Trim(), buffer, out var length))
        {
            return null;
        }
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer, 0, length);
        }
        catch (DecoderFallbackException)
        {
            // Binary data (a keystore) cannot appear in a text log as such.
            return null;
        }
    }
}
