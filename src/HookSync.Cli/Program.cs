namespace HookSync.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        Console.WriteLine("hooksync 0.1.0");
        return args.Length == 0 ? 0 : 2;
    }
}
