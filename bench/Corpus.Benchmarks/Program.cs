using System;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace Corpus.Benchmarks;

internal static class Program
{
    // BenchmarkDotNet builds a project per job; on a busy two-core machine that can take longer than its default
    // two minutes, which it reports as a failed benchmark.
    private static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--run-times")
        {
            return RunTimes.Run(args);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly)
            .Run(args, DefaultConfig.Instance.AddColumn(new ThroughputColumn()).WithBuildTimeout(TimeSpan.FromMinutes(10)));
        return 0;
    }
}
