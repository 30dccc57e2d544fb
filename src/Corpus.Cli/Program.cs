namespace Corpus.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        System.Console.Error.WriteLine("usage: corpus extract PATH... [--json]");
        return args.Length == 0 ? 2 : 0;
    }
}
