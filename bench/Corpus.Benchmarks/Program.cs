using System;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace Corpus.Benchmarks;

internal static class Program
{
    // BenchmarkDotNet builds a project per job; on a busy two-core machine that can take longer than its default
    // two minutes, which it reports as a failed benchmark.
    private static void Main(string[] args)
        => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly)
            .Run(args, DefaultConfig.Instance.AddColumn(new ThroughputColumn()).WithBuildTimeout(TimeSpan.FromMinutes(10)));
}
