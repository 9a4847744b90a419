using System.Text;
using System.Text.Unicode;

namespace HookSync.Manifests.Parsing;

/// <summary>Checks that a file is UTF-8 text (YAML and JSON manifests must be) and strips a byte-order mark.</summary>
internal static class ManifestText
{
    /// <summary>Returns the UTF-8 content without BOM, or null with the first bad line and the problem.</summary>
    public static ReadOnlyMemory<byte>? TryGetUtf8(byte[] bytes, out int badLine, out string problem)
    {
        badLine = 1;
        problem = string.Empty;
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            problem = "the file is UTF-16 text; save it as UTF-8";
            return null;
        }
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var content = bytes.AsMemory(start);
        if (Utf8.IsValid(content.Span))
        {
            return content;
        }
        var offset = FirstInvalidOffset(content.Span);
        badLine = 1 + content.Span[..offset].Count((byte)'\n');
        problem = $"the file is not UTF-8 text (invalid byte 0x{content.Span[offset]:X2}); save it as UTF-8";
        return null;
    }

    private static int FirstInvalidOffset(ReadOnlySpan<byte> utf8)
    {
        var offset = 0;
        while (offset < utf8.Length)
        {
            if (Rune.DecodeFromUtf8(utf8[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }
            offset += consumed;
        }
        return utf8.Length - 1;
    }
}
