using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Corpus.Benchmarks;

/// <summary>
/// `--run-times SECONDS`: the extraction benchmark's operation, timed one run at a time for SECONDS after three seconds
/// of warm-up, by the thread's own processor time on Linux (what the machine's other work takes from the thread is not
/// counted) and by the wall clock. A busy machine moves BenchmarkDotNet's mean by more than a change of a few percent;
/// the best and the median of a few hundred runs, taken in alternation with another build, move less.
/// </summary>
internal static class RunTimes
{
    public static int Run(string[] args)
    {
        if (args.Length != 2 || !double.TryParse(args[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) || seconds <= 0)
        {
            Console.Error.WriteLine("usage: Corpus.Benchmarks --run-times SECONDS");
            return 2;
        }

        var benchmark = new ExtractionBenchmarks();
        benchmark.Setup();
        var bytes = BenchData.Utf8Bytes;
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed.TotalSeconds < 3)
        {
            benchmark.ExtractDocuments();
        }

        var processor = new List<double>();
        var wall = new List<double>();
        var pauses = GC.GetTotalPauseDuration();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            var startWall = Stopwatch.GetTimestamp();
            var startThread = ThreadNanoseconds();
            benchmark.ExtractDocuments();
            processor.Add((ThreadNanoseconds() - startThread) / 1e6);
            wall.Add(Stopwatch.GetElapsedTime(startWall).TotalMilliseconds);
        }

        var pausePerRun = (GC.GetTotalPauseDuration() - pauses).TotalMilliseconds / wall.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{wall.Count} runs over {bytes} bytes ({typeof(Corpus.Extraction.DocumentExtractor).Assembly.GetName().Name} {EngineFramework()})"));
        if (OperatingSystem.IsLinux())
        {
            Report("thread time", processor, bytes);
        }

        Report("wall time", wall, bytes);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"collection pauses: {pausePerRun:F2} ms a run"));
        return 0;
    }

    private static void Report(string what, List<double> times, long bytes)
    {
        times.Sort();
        var mean = 0.0;
        foreach (var time in times)
        {
            mean += time;
        }

        mean /= times.Count;
        var best = times[0];
        var median = times[times.Count / 2];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}: best {best:F2} ms ({bytes / best / 1000:F1} MB/s), median {median:F2} ms ({bytes / median / 1000:F1} MB/s), mean {mean:F2} ms ({bytes / mean / 1000:F1} MB/s)"));
    }

    // The build of the engine loaded: its target framework, from the assembly's attribute.
    private static string EngineFramework()
        => typeof(Corpus.Extraction.DocumentExtractor).Assembly
            .GetCustomAttributes(typeof(System.Runtime.Versioning.TargetFrameworkAttribute), false) is [System.Runtime.Versioning.TargetFrameworkAttribute framework, ..]
            ? framework.FrameworkName
            : "unknown";

    private static long ThreadNanoseconds()
    {
        if (!OperatingSystem.IsLinux())
        {
            return 0;
        }

        ClockGetTime(ThreadCpuTimeClock, out var time);
        return (time.Seconds * 1_000_000_000L) + time.Nanoseconds;
    }

    private const int ThreadCpuTimeClock = 3; // CLOCK_THREAD_CPUTIME_ID

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
}
