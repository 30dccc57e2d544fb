using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace Corpus.Benchmarks;

internal static class Program
{
    private static void Main(string[] args)
        => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly)
            .Run(args, DefaultConfig.Instance.AddColumn(new ThroughputColumn()));
}
