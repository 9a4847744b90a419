namespace HookSync.Rendering.Text;

/// <summary>Finds the line of the document that defines a rendered object in its source file, by kind and name.</summary>
internal static class DefiningLine
{
    // Source files are read only to find a line number; a huge one is not worth reading for that.
    private const long MaxBytes = 8L * 1024 * 1024;

    /// <summary>The 1-based line of the defining document's first key, or 1 when the file cannot tell.</summary>
    /// <param name="file">The full path of the source file.</param>
    /// <param name="kind">The rendered object's kind.</param>
    /// <param name="renderedName">The rendered object's name, which may carry a prefix or suffix the source does not.</param>
    public static int Find(string file, string? kind, string? renderedName)
    {
        string text;
        try
        {
            var info = new FileInfo(file);
            if (!info.Exists || info.Length > MaxBytes)
            {
                return 1;
            }
            text = File.ReadAllText(file);
        }
        catch (IOException)
        {
            return 1;
        }
        catch (UnauthorizedAccessException)
        {
            return 1;
        }
        var candidates = YamlStream.Split(text)
            .Select(chunk => (Chunk: chunk, Identity: ObjectIdentity.Read(chunk.Lines)))
            .Where(c => kind is null || c.Identity.Kind == kind)
            .ToList();
        // The exact name first; else the longest source name the rendered one contains (namePrefix, nameSuffix, hashes).
        var match = candidates.FirstOrDefault(c => c.Identity.Name == renderedName).Chunk
            ?? candidates
                .Where(c => c.Identity.Name is { Length: > 0 } n && renderedName is not null && renderedName.Contains(n, StringComparison.Ordinal))
                .OrderByDescending(c => c.Identity.Name!.Length)
                .Select(c => c.Chunk)
                .FirstOrDefault()
            ?? (candidates.Count == 1 ? candidates[0].Chunk : null);
        return match is null ? 1 : match.StartLine + match.FirstContentOffset - 1;
    }

    /// <summary>The 1-based line of the <paramref name="index"/>-th (0-based) document of a file, or 1 when it has fewer.</summary>
    public static int OfDocument(string file, int index)
    {
        try
        {
            var info = new FileInfo(file);
            if (!info.Exists || info.Length > MaxBytes)
            {
                return 1;
            }
            var chunks = YamlStream.Split(File.ReadAllText(file)).Where(c => !c.IsEmpty).ToList();
            return index < chunks.Count ? chunks[index].StartLine + chunks[index].FirstContentOffset - 1 : 1;
        }
        catch (IOException)
        {
            return 1;
        }
        catch (UnauthorizedAccessException)
        {
            return 1;
        }
    }
}
