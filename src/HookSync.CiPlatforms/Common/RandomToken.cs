using System.Security.Cryptography;

namespace HookSync.CiPlatforms.Common;

/// <summary>Unguessable tokens for stop-commands and heredoc delimiters, so text we echo cannot forge them.</summary>
internal static class RandomToken
{
    /// <summary>32 lower-case hex characters from the system's cryptographic random source.</summary>
    public static string NewHex() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
