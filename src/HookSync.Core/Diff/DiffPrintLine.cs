namespace HookSync.Core.Diff;

/// <summary>One line of the printed diff, with its style; the text never holds an escape sequence.</summary>
public readonly record struct DiffPrintLine(DiffLineStyle Style, string Text);
